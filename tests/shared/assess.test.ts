import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { ALL_RULES } from '~shared/rules/index'
import { installDetailsSchema } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const details = installDetailsSchema.parse({
  kind: 'entra-connect-install-details',
  schemaVersion: 1,
  connect: { version: '2.4.27.0', serverConfigurationVersion: '2.4.27.0' },
})

describe('assessServer', () => {
  it('runs every rule of the current pack, in registry order, as of the given date', () => {
    const report = assessServer(details, '2026-11-26', BUILT_IN_PACK)
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(ALL_RULES.map((rule) => rule.id))
    expect(report.asOf).toBe('2026-11-26')
    expect(report.rulePack).toEqual({ version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf })
  })

  it('decides by the as-of date, not the clock', () => {
    expect(assessServer(details, '2026-09-29', BUILT_IN_PACK).findings.find((finding) => finding.ruleId === 'version/sync-stop-2026')?.status).toBe('warn')
    expect(assessServer(details, '2026-09-30', BUILT_IN_PACK).findings.find((finding) => finding.ruleId === 'version/sync-stop-2026')?.status).toBe('fail')
  })

  it('stamps the provenance of facts into the evidence', () => {
    const report = assessServer(details, '2026-11-26', BUILT_IN_PACK, { default: 'collector', fields: { 'connect.version': 'typed by hand' } })
    const finding = report.findings.find((entry) => entry.ruleId === 'version/partial-upgrade')
    expect(finding?.evidence['connect.version']).toEqual({ value: '2.4.27.0', from: 'typed by hand' })
    expect(finding?.evidence['connect.serverConfigurationVersion']?.from).toBe('collector')
  })

  it('is critical for a build past the 2026 sync stop', () => {
    expect(assessServer(details, '2026-11-26', BUILT_IN_PACK).verdict).toBe('critical')
  })
})
