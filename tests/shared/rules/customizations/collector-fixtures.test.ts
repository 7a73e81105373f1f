/**
 * The customization rules over recorded collector outputs (tests/fixtures/collector/, recorded by
 * tests/build/collector/record-customization-fixtures.ps1 from the real collector): a default
 * express install, a customized server and a 2.6.1.0 server with a modified miiserver.exe.config.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import type { Report } from '~shared/rules/types'
import { installDetailsSchema } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const FOLDER = join(__dirname, '..', '..', '..', 'fixtures', 'collector')
const AS_OF = '2026-12-07'

function assess(name: string): Report {
  const details = installDetailsSchema.parse(JSON.parse(readFileSync(join(FOLDER, `${name}-collector-output.json`), 'utf8')))
  return assessServer(details, AS_OF, BUILT_IN_PACK)
}

function customizationStatuses(report: Report): Record<string, string> {
  return Object.fromEntries(report.findings.filter((finding) => finding.ruleId.startsWith('customizations/')).map((finding) => [finding.ruleId.slice('customizations/'.length), finding.status]))
}

describe('a default express install', () => {
  const report = assess('express-default')

  it('shows nothing at risk, and the object count and cloud the collector cannot read as unknown', () => {
    expect(customizationStatuses(report)).toEqual({
      'miiserver-config': 'pass', 'custom-rule-precedence': 'pass', 'custom-rule-tag': 'pass', 'disabled-standard-rule': 'pass',
      'swing-settings': 'pass', 'exported-settings': 'pass', 'deletion-threshold': 'pass', 'service-account': 'pass', 'connector-account-admin': 'unknown', 'cloud-sync-tool': 'unknown',
    })
    expect(report.findings.find((finding) => finding.ruleId === 'customizations/cloud-sync-tool')?.data.missing).toEqual(['the object count', 'the cloud'])
    expect(report.verdict).toBe('ok')
  })
})

describe('a customized server', () => {
  const report = assess('customized')
  const data = (id: string) => report.findings.find((finding) => finding.ruleId === `customizations/${id}`)?.data

  it('shows what each route keeps and loses', () => {
    expect(customizationStatuses(report)).toEqual({
      'miiserver-config': 'warn', 'custom-rule-precedence': 'info', 'custom-rule-tag': 'warn', 'disabled-standard-rule': 'warn',
      'swing-settings': 'info', 'exported-settings': 'info', 'deletion-threshold': 'pass', 'service-account': 'pass', 'connector-account-admin': 'unknown', 'cloud-sync-tool': 'fail',
    })
    expect(data('disabled-standard-rule')?.cloned).toEqual(['In from AD - User Join'])
    expect(data('custom-rule-precedence')?.rules).toEqual(['Out to AAD - User department override'])
    expect(data('exported-settings')?.missing).toEqual(['In from AD - Group mail nickname'])
    expect(data('swing-settings')?.lost).toEqual(['custom rule precedence outside 0-99', 'modified standard rules'])
    expect(data('cloud-sync-tool')?.blockers).toEqual(['6 custom sync rules'])
    expect(data('cloud-sync-tool')?.changes).toContain('OU exclusions (the tool only adds OUs)')
    expect(data('miiserver-config')?.enforceFipsPolicy).toBe(false)
  })

  it('needs action for the in-place upgrade (modified config, tagged rule, cloned join rule), whatever the swing findings', () => {
    expect(report.verdict).toBe('action-required')
  })
})

describe('a 2.6.1.0 server with a modified miiserver.exe.config', () => {
  it('fails the config check: the DiagnosticSource redirect is missing', () => {
    const report = assess('modified-config-2-6-1')
    const finding = report.findings.find((candidate) => candidate.ruleId === 'customizations/miiserver-config')
    expect(finding?.status).toBe('fail')
    expect(finding?.remediation[0]?.text).toContain('bindingRedirect')
    expect(report.verdict).not.toBe('ok')
  })
})
