import { describe, expect, it } from 'vitest'
import { buildRuleCatalogue, ownRemediation } from '~shared/report/rule-catalogue'
import { ALL_RULES } from '~shared/rules/index'
import type { Finding, Rule } from '~shared/rules/types'
import { sampleFleet } from '~tests/support/report-fleet'

const FIX = [{ text: 'Upgrade.' }]

function rule(remediation: Rule['remediation']): Rule {
  return { ...(ALL_RULES[0] as Rule), id: 'test/rule', ...(remediation === undefined ? { remediation: undefined } : { remediation }) }
}

describe('buildRuleCatalogue', () => {
  it('holds every rule once, in registry order, indexed by id', () => {
    const catalogue = buildRuleCatalogue(ALL_RULES)
    expect(catalogue.rules.map((entry) => entry.id)).toEqual(ALL_RULES.map((entry) => entry.id))
    expect(catalogue.byId.get(ALL_RULES[2]?.id ?? '')?.index).toBe(2)
  })

  it('takes the failing outcome’s steps as the fix, else the warning’s, else the first listed, else none', () => {
    const fixOf = (remediation: Rule['remediation']) => buildRuleCatalogue([rule(remediation)]).rules[0]?.remediation
    expect(fixOf({ warn: [{ text: 'w' }], fail: FIX })).toBe(FIX)
    expect(fixOf({ other: [{ text: 'o' }], warn: FIX })).toBe(FIX)
    expect(fixOf({ other: FIX })).toBe(FIX)
    expect(fixOf(undefined)).toEqual([])
  })
})

describe('ownRemediation', () => {
  const catalogue = buildRuleCatalogue([rule({ fail: FIX })])
  const finding = (remediation: Finding['remediation'], ruleId = 'test/rule') => ({ ruleId, remediation }) as Finding

  it('is undefined when the finding’s steps are its rule’s (the same array or equal steps)', () => {
    expect(ownRemediation(finding(FIX), catalogue)).toBeUndefined()
    expect(ownRemediation(finding([{ text: 'Upgrade.' }]), catalogue)).toBeUndefined()
  })

  it('is the finding’s own steps when they differ, are empty, or its rule is not in the catalogue', () => {
    expect(ownRemediation(finding([]), catalogue)).toEqual([])
    expect(ownRemediation(finding([{ text: 'Upgrade.', powershell: 'x' }]), catalogue)).toEqual([{ text: 'Upgrade.', powershell: 'x' }])
    expect(ownRemediation(finding(FIX, 'other/rule'), catalogue)).toBe(FIX)
  })

  it('leaves failing findings of the sample fleet to their rule’s fix where the rule gives one', () => {
    const full = buildRuleCatalogue(ALL_RULES)
    const failing = sampleFleet().servers.flatMap((server) => server.findings).filter((item) => item.status === 'fail' && item.ruleId === 'version/sync-stop-2026')
    expect(failing.length).toBeGreaterThan(0)
    expect(failing.map((item) => ownRemediation(item, full))).toEqual(failing.map(() => undefined))
  })
})
