import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateRules } from '~shared/rules/evaluate'
import { ALL_RULES } from '~shared/rules/index'
import { buildTimeline } from '~shared/rules/timeline'
import type { Rule } from '~shared/rules/types'
import { installDetailsSchema } from '~shared/types/install-details'
import { asOfArbitrary, installDetailsArbitrary } from './arbitraries'
import { makeDetails } from './harness'
import { fuzzRuns } from '~tests/support/fuzz-runs'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InstallDetails } from '~shared/types/install-details'

function scenarioDocuments(): readonly InstallDetails[] {
  const folder = 'tests/fixtures/scenarios'
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json') && file !== 'expectations.json')
    .map((file) => installDetailsSchema.parse(JSON.parse(readFileSync(join(folder, file), 'utf8'))))
}

const STATUSES = ['pass', 'info', 'warn', 'fail', 'unknown', 'not-applicable']

const probe: Rule = {
  id: 'test/probe',
  step: 'version',
  title: 'Probe',
  severity: 'info',
  confidence: 'documented',
  caveat: 'rule caveat',
  why: 'testing',
  sources: [],
  facts: [],
  messages: { one: 'One {value}.' },
  remediation: { one: [{ text: 'rule step' }] },
  check: () => ({ status: 'warn', messageId: 'one', data: { value: 1 }, confidence: 'uncertain', caveat: 'outcome caveat', remediation: [{ text: 'outcome step' }] }),
}

describe('evaluateRules', () => {
  it('lets an outcome override the confidence, caveat and remediation of its rule', () => {
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-11-26', pack: BUILT_IN_PACK, rules: [probe], formatDate: formatIsoDate }).findings
    expect(finding).toMatchObject({ confidence: 'uncertain', caveat: 'outcome caveat', remediation: [{ text: 'outcome step' }], message: 'One 1.' })
  })

  it('fills the headline for the outcome\'s messageId from its data, after the caveat; none when the rule has no headline for it', () => {
    const withHeadline: Rule = { ...probe, headlines: { one: 'Problem {value}' } }
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-12-06', pack: BUILT_IN_PACK, rules: [withHeadline], formatDate: formatIsoDate }).findings
    expect(finding?.headline).toBe('Problem 1')
    expect(Object.keys(finding ?? {}).slice(-2)).toEqual(['caveat', 'headline'])
    const [plain] = evaluateRules(makeDetails(), { asOf: '2026-12-06', pack: BUILT_IN_PACK, rules: [{ ...probe, headlines: { other: 'x' } }], formatDate: formatIsoDate }).findings
    expect(plain).not.toHaveProperty('headline')
  })

  it('keeps the rule defaults when the outcome has none', () => {
    const plain: Rule = { ...probe, check: () => ({ status: 'pass', messageId: 'one' }) }
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-11-26', pack: BUILT_IN_PACK, rules: [plain], formatDate: formatIsoDate }).findings
    expect(finding).toMatchObject({ confidence: 'documented', caveat: 'rule caveat', remediation: [{ text: 'rule step' }] })
  })

  it('turns an unknown messageId into a rule-error finding', () => {
    const broken: Rule = { ...probe, check: () => ({ status: 'pass', messageId: 'missing' }) }
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-11-26', pack: BUILT_IN_PACK, rules: [broken], formatDate: formatIsoDate }).findings
    expect(finding).toMatchObject({ status: 'unknown', messageId: 'rule-error' })
  })

  it('gives the same statuses, evidence and verdict whatever the date formatter; only the written dates differ', () => {
    const odd = (date: string) => `[${date.split('-').reverse().join('/')}]`
    const backToIso = (text: string) => text.replace(/\[(\d{2})\/(\d{2})\/(\d{4})\]/g, '$3-$2-$1')
    let oddDates = 0
    for (const details of scenarioDocuments()) {
      for (const asOf of ['2026-09-29', '2026-09-30', '2026-12-07', '2027-04-07']) {
        const iso = evaluateRules(details, { asOf, pack: BUILT_IN_PACK, rules: ALL_RULES, formatDate: formatIsoDate })
        const other = evaluateRules(details, { asOf, pack: BUILT_IN_PACK, rules: ALL_RULES, formatDate: odd })
        expect(other.verdict).toBe(iso.verdict)
        expect(other.findings.map((finding) => [finding.ruleId, finding.status, finding.messageId, finding.evidence])).toEqual(
          iso.findings.map((finding) => [finding.ruleId, finding.status, finding.messageId, finding.evidence]),
        )
        const written = JSON.stringify(other.findings)
        oddDates += (written.match(/\[\d{2}\/\d{2}\/\d{4}\]/g) ?? []).length
        expect(JSON.parse(backToIso(written))).toEqual(iso.findings)
      }
    }
    // The formatter did reach the messages.
    expect(oddDates).toBeGreaterThan(0)
  })

  it('never throws, never yields a rule-error, and explains every uncertain finding, on any document the schema accepts', () => {
    fc.assert(
      fc.property(installDetailsArbitrary, asOfArbitrary, (document, asOf) => {
        const details = installDetailsSchema.parse(document)
        const report = evaluateRules(details, { asOf, pack: BUILT_IN_PACK, rules: ALL_RULES, formatDate: formatIsoDate })
        expect(report.findings).toHaveLength(ALL_RULES.length)
        for (const finding of report.findings) {
          expect(finding.messageId, `${finding.ruleId}: ${JSON.stringify(finding.data)}`).not.toBe('rule-error')
          expect(STATUSES).toContain(finding.status)
          if (finding.confidence !== 'documented') {
            expect(finding.caveat, finding.ruleId).toBeDefined()
          }
        }
        expect(() => buildTimeline(details, asOf, BUILT_IN_PACK)).not.toThrow()
      }),
      { numRuns: fuzzRuns(1_000) },
    )
  })
})
