import { describe, expect, it } from 'vitest'
import { formatIsoDate } from '~shared/dates/iso-date'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { fillSteps, overridesPackData, ruleTexts } from '~shared/rules/rule-texts'
import type { Rule } from '~shared/rules/types'

const STEPS = [{ text: 'Upgrade to {minimum}.' }, { text: 'Restart.', powershell: 'Restart-Service {minimum}' }]

function rule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: 'test/texts',
    step: 'version',
    title: 'At least {minimum}',
    severity: 'blocker',
    confidence: 'documented',
    why: 'Stops on {stops|date}.',
    sources: [],
    facts: [],
    messages: { fail: 'x' },
    remediation: { fail: STEPS },
    packData: (pack) => ({ minimum: pack.deadlines.syncStop2026.minimum, stops: pack.deadlines.syncStop2026.stops }),
    check: () => ({ status: 'fail', messageId: 'fail' }),
    ...overrides,
  }
}

describe('fillSteps', () => {
  it('fills each step’s text, never its command', () => {
    expect(fillSteps(STEPS, { minimum: '2.5.79.0' }, formatIsoDate)).toEqual([{ text: 'Upgrade to 2.5.79.0.' }, { text: 'Restart.', powershell: 'Restart-Service {minimum}' }])
  })

  it('gives back the same array when no text changes', () => {
    expect(fillSteps(STEPS, {}, formatIsoDate)).toBe(STEPS)
  })
})

describe('ruleTexts', () => {
  it('fills the title, explanation and steps from the rule’s pack data, dates through the formatter', () => {
    const texts = ruleTexts(rule(), BUILT_IN_PACK, (date) => `[${date}]`)
    expect(texts.title).toBe('At least 2.5.79.0')
    expect(texts.why).toBe('Stops on [2026-09-30].')
    expect(texts.remediation.fail?.[0]?.text).toBe('Upgrade to 2.5.79.0.')
    expect(texts.caveat).toBeUndefined()
  })

  it('remembers the texts per rule and pack, and fills again for another formatter', () => {
    const once = rule()
    expect(ruleTexts(once, BUILT_IN_PACK, formatIsoDate)).toBe(ruleTexts(once, BUILT_IN_PACK, formatIsoDate))
    expect(ruleTexts(once, BUILT_IN_PACK, (date) => `[${date}]`).why).toBe('Stops on [2026-09-30].')
  })

  it('leaves the placeholders as written when the pack lacks a value the rule names', () => {
    const broken = rule({ packData: () => { throw new Error('no such field') } })
    expect(ruleTexts(broken, BUILT_IN_PACK, formatIsoDate).title).toBe('At least {minimum}')
  })

  it('gives a rule without pack data its texts as written', () => {
    const plain = rule({ packData: undefined, title: 'Plain' })
    expect(ruleTexts(plain, BUILT_IN_PACK, formatIsoDate)).toMatchObject({ title: 'Plain', packData: {} })
  })
})

describe('overridesPackData', () => {
  it('is true only when the outcome gives a pack key another value', () => {
    expect(overridesPackData({ minimum: '2.5.79.0' }, { minimum: '2.5.79.0', version: '2.4.0.0' })).toBe(false)
    expect(overridesPackData({ names: ['a', 'b'] }, { names: ['a', 'b'] })).toBe(false)
    expect(overridesPackData({ minimum: '2.5.79.0' }, { minimum: '2.6.0.0' })).toBe(true)
    expect(overridesPackData({ names: ['a', 'b'] }, { names: ['a'] })).toBe(true)
  })
})
