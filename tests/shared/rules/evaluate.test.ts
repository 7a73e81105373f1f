import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateRules } from '../../../shared/rules/evaluate'
import { ALL_RULES } from '../../../shared/rules/index'
import { buildTimeline } from '../../../shared/rules/timeline'
import type { Rule } from '../../../shared/rules/types'
import { installDetailsSchema } from '../../../shared/types/install-details'
import { asOfArbitrary, installDetailsArbitrary } from './arbitraries'
import { makeDetails } from './harness'
import { fuzzRuns } from '../../support/fuzz-runs'
import { BUILT_IN_PACK } from '../../../shared/rules/pack/built-in'

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
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-11-26', pack: BUILT_IN_PACK, rules: [probe] }).findings
    expect(finding).toMatchObject({ confidence: 'uncertain', caveat: 'outcome caveat', remediation: [{ text: 'outcome step' }], message: 'One 1.' })
  })

  it('fills the headline for the outcome\'s messageId from its data, after the caveat; none when the rule has no headline for it', () => {
    const withHeadline: Rule = { ...probe, headlines: { one: 'Problem {value}' } }
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-12-06', pack: BUILT_IN_PACK, rules: [withHeadline] }).findings
    expect(finding?.headline).toBe('Problem 1')
    expect(Object.keys(finding ?? {}).slice(-2)).toEqual(['caveat', 'headline'])
    const [plain] = evaluateRules(makeDetails(), { asOf: '2026-12-06', pack: BUILT_IN_PACK, rules: [{ ...probe, headlines: { other: 'x' } }] }).findings
    expect(plain).not.toHaveProperty('headline')
  })

  it('keeps the rule defaults when the outcome has none', () => {
    const plain: Rule = { ...probe, check: () => ({ status: 'pass', messageId: 'one' }) }
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-11-26', pack: BUILT_IN_PACK, rules: [plain] }).findings
    expect(finding).toMatchObject({ confidence: 'documented', caveat: 'rule caveat', remediation: [{ text: 'rule step' }] })
  })

  it('turns an unknown messageId into a rule-error finding', () => {
    const broken: Rule = { ...probe, check: () => ({ status: 'pass', messageId: 'missing' }) }
    const [finding] = evaluateRules(makeDetails(), { asOf: '2026-11-26', pack: BUILT_IN_PACK, rules: [broken] }).findings
    expect(finding).toMatchObject({ status: 'unknown', messageId: 'rule-error' })
  })

  it('never throws, never yields a rule-error, and explains every uncertain finding, on any document the schema accepts', () => {
    fc.assert(
      fc.property(installDetailsArbitrary, asOfArbitrary, (document, asOf) => {
        const details = installDetailsSchema.parse(document)
        const report = evaluateRules(details, { asOf, pack: BUILT_IN_PACK, rules: ALL_RULES })
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
