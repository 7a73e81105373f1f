/**
 * The registry meta-test: ids, file paths, sources, messages and codes hold together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateRules } from '~shared/rules/evaluate'
import { ALL_RULES } from '~shared/rules/index'
import { installDetailsSchema, type InstallDetails } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

const ROOT = join(__dirname, '..', '..', '..')
const SCENARIOS = join(ROOT, 'tests', 'fixtures', 'scenarios')
const CONTRACT_IDS = [
  'version/v1-retired', 'version/hardening-2025', 'version/sync-stop-2026', 'version/app-auth-2027', 'version/end-of-support',
  'version/partial-upgrade', 'prereq/os', 'prereq/domain-joined', 'prereq/dotnet', 'prereq/powershell', 'prereq/tls12', 'prereq/database',
  'autoupgrade/state', 'autoupgrade/eligibility', 'autoupgrade/suspension-reason', 'staging/msonline-workaround', 'staging/scheduler', 'cloudsync/fit',
]
const STEP_ORDER = ['version', 'prerequisites', 'autoupgrade', 'staging', 'cloudsync']
const DATES = ['2022-01-01', '2025-04-06', '2025-04-07', '2025-04-30', '2026-09-30', '2026-11-26', '2026-12-06', '2027-04-07', '2027-09-23', '2028-01-01']

function scenarioDocuments(): readonly InstallDetails[] {
  return readdirSync(SCENARIOS)
    .filter((file) => file.endsWith('.json') && file !== 'expectations.json')
    .map((file) => installDetailsSchema.parse(JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8'))))
}

describe('the rule registry', () => {
  it('has unique ids of the form <category>/<kebab-name>', () => {
    const ids = ALL_RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('holds every rule id the contract names', () => {
    expect(ALL_RULES.map((rule) => rule.id)).toEqual(expect.arrayContaining(CONTRACT_IDS))
  })

  it('keeps each rule in a file whose path equals its id', () => {
    for (const rule of ALL_RULES) {
      const file = join(ROOT, 'shared', 'rules', `${rule.id}.ts`)
      expect(existsSync(file), file).toBe(true)
      expect(readFileSync(file, 'utf8')).toContain(`id: '${rule.id}'`)
    }
  })

  it('lists rules in display order: version, prerequisites, autoupgrade, staging, cloudsync', () => {
    const positions = ALL_RULES.map((rule) => STEP_ORDER.indexOf(rule.step))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('cites https sources, each with the revision read', () => {
    for (const rule of ALL_RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0)
      for (const source of rule.sources) {
        expect(source.url, rule.id).toMatch(/^https:\/\//)
        expect(source.revision.trim(), rule.id).not.toBe('')
      }
    }
  })

  it('gives every uncertain rule a caveat, and every rule a why', () => {
    for (const rule of ALL_RULES) {
      expect(rule.why.trim(), rule.id).not.toBe('')
      if (rule.confidence !== 'documented') {
        expect(rule.caveat, rule.id).toBeDefined()
      }
    }
  })

  it('keys remediation only by messageIds that exist', () => {
    for (const rule of ALL_RULES) {
      for (const messageId of Object.keys(rule.remediation ?? {})) {
        expect(Object.keys(rule.messages), rule.id).toContain(messageId)
      }
    }
  })

  it('keys headlines only by messageIds that exist', () => {
    for (const rule of ALL_RULES) {
      for (const messageId of Object.keys(rule.headlines ?? {})) {
        expect(Object.keys(rule.messages), rule.id).toContain(messageId)
      }
    }
  })

  it('gives every fail and warn finding a filled, problem-stating headline, over every scenario at every date', () => {
    const documents = [...scenarioDocuments(), installDetailsSchema.parse({ kind: 'entra-connect-install-details', schemaVersion: 1 })]
    for (const details of documents) {
      for (const asOf of DATES) {
        for (const finding of evaluateRules(details, { asOf, pack: BUILT_IN_PACK, rules: ALL_RULES, formatDate: formatIsoDate }).findings) {
          if (finding.status === 'fail' || finding.status === 'warn') {
            expect(finding.headline, `${finding.ruleId} ${finding.messageId} ${asOf}`).toBeDefined()
          }
          expect(finding.headline ?? '', finding.ruleId).not.toMatch(/\{[A-Za-z0-9_|]+\}/)
          expect(finding.headline ?? '', finding.ruleId).not.toBe(finding.title)
        }
      }
    }
  })

  it('returns only messageIds that exist, over every scenario at every date', () => {
    const documents = [...scenarioDocuments(), installDetailsSchema.parse({ kind: 'entra-connect-install-details', schemaVersion: 1 })]
    for (const details of documents) {
      for (const asOf of DATES) {
        for (const finding of evaluateRules(details, { asOf, pack: BUILT_IN_PACK, rules: ALL_RULES, formatDate: formatIsoDate }).findings) {
          expect(finding.messageId, `${finding.ruleId} ${asOf}`).not.toBe('rule-error')
          expect(finding.message, finding.ruleId).not.toMatch(/\{[A-Za-z0-9_]+\}/)
        }
      }
    }
  })

  it('gives every upgrade code a meaning and a fix', () => {
    for (const code of BUILT_IN_PACK.upgradeCodes) {
      expect(code.meaning.trim(), code.code).not.toBe('')
      expect(code.fix.trim(), code.code).not.toBe('')
    }
  })
})
