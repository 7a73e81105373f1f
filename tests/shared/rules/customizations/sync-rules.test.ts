import { describe, expect, it } from 'vitest'
import { customRulePrecedence } from '~shared/rules/customizations/custom-rule-precedence'
import { customRuleTag } from '~shared/rules/customizations/custom-rule-tag'
import { disabledStandardRule } from '~shared/rules/customizations/disabled-standard-rule'
import { syncRuleKind } from '~shared/rules/customizations/sync-rule-kinds'
import { makeDetails, runRule } from '../harness'
import { customRule, standardRule, withCustomizations } from './support'

const JOIN = standardRule('In from AD - User Join', 100)

describe('sync rule kinds', () => {
  it('reads the Microsoft. tag, and is unknown when IsStandardRule disagrees or both are missing', () => {
    expect(syncRuleKind(JOIN, 'Microsoft.')).toBe('standard')
    expect(syncRuleKind(customRule('x', 1), 'Microsoft.')).toBe('custom')
    expect(syncRuleKind({ ...JOIN, isStandardRule: undefined }, 'Microsoft.')).toBe('standard')
    expect(syncRuleKind({ ...JOIN, isStandardRule: false }, 'Microsoft.')).toBe('unknown')
    expect(syncRuleKind({ name: 'x' }, 'Microsoft.')).toBe('unknown')
    expect(syncRuleKind({ name: 'x', isStandardRule: false }, 'Microsoft.')).toBe('custom')
  })
})

describe('customizations/custom-rule-precedence', () => {
  it('passes custom rules within 0-99, and the edges', () => {
    const finding = runRule(customRulePrecedence, withCustomizations({ syncRules: [JOIN, customRule('a', 0), customRule('b', 99)] }))
    expect(finding.status).toBe('pass')
    expect(finding.data.routes).toEqual(['swing'])
  })

  it('advises (info: a swing only) of a custom rule at 100 or above, naming it', () => {
    const finding = runRule(customRulePrecedence, withCustomizations({ syncRules: [JOIN, customRule('a', 99), customRule('Out to AAD - override', 100)] }))
    expect(finding.status).toBe('info')
    expect(finding.message).toContain('"Out to AAD - override"')
    expect(finding.data.rules).toEqual(['Out to AAD - override'])
  })

  it('is unknown without the rules, or when a rule\'s kind cannot be told', () => {
    expect(runRule(customRulePrecedence, makeDetails()).status).toBe('unknown')
    expect(runRule(customRulePrecedence, withCustomizations({ syncRules: [{ ...JOIN, isStandardRule: false }] })).status).toBe('unknown')
  })
})

describe('customizations/custom-rule-tag', () => {
  it('passes custom rules without a tag', () => {
    expect(runRule(customRuleTag, withCustomizations({ syncRules: [JOIN, customRule('a', 50)] })).status).toBe('pass')
  })

  it('warns a custom rule carrying a tag of its own', () => {
    const finding = runRule(customRuleTag, withCustomizations({ syncRules: [JOIN, customRule('Group nickname', 53, { immutableTag: 'Contoso.Group.001' })] }))
    expect(finding.status).toBe('warn')
    expect(finding.data.rules).toEqual(['Group nickname'])
  })

  it('is unknown without the rules', () => {
    expect(runRule(customRuleTag, withCustomizations({})).status).toBe('unknown')
  })
})

describe('customizations/disabled-standard-rule', () => {
  it('passes when no out-of-box rule is disabled', () => {
    expect(runRule(disabledStandardRule, withCustomizations({ syncRules: [JOIN, customRule('a', 50)] })).status).toBe('pass')
  })

  it('warns a disabled out-of-box rule without a clone', () => {
    const finding = runRule(disabledStandardRule, withCustomizations({ syncRules: [{ ...JOIN, disabled: true }] }))
    expect(finding.status).toBe('warn')
    expect(finding.messageId).toBe('disabled')
  })

  it('warns a modified default rule: a disabled out-of-box rule with a custom clone', () => {
    const clone = customRule('In from AD - User Join', 99, { cloneOfDisabledStandard: true })
    const finding = runRule(disabledStandardRule, withCustomizations({ syncRules: [{ ...JOIN, disabled: true }, clone] }))
    expect(finding.status).toBe('warn')
    expect(finding.messageId).toBe('cloned')
    expect(finding.data.cloned).toEqual(['In from AD - User Join'])
  })

  it('finds the clone by name when the collector did not mark it', () => {
    const clone = customRule('In from AD - User Join', 99, { cloneOfDisabledStandard: undefined })
    expect(runRule(disabledStandardRule, withCustomizations({ syncRules: [{ ...JOIN, disabled: true }, clone] })).messageId).toBe('cloned')
  })

  it('is unknown without the rules, or without a standard rule\'s Disabled', () => {
    expect(runRule(disabledStandardRule, makeDetails()).status).toBe('unknown')
    expect(runRule(disabledStandardRule, withCustomizations({ syncRules: [{ ...JOIN, disabled: undefined }] })).status).toBe('unknown')
  })
})
