/**
 * The deriver with list facts: a list is one value, compared whole; two inputs that list the same
 * rules agree (whatever order each wrote a rule's fields in), different lists are a conflict the
 * user settles like any other.
 */
import { describe, expect, it } from 'vitest'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { deriveInstallDetails } from '~shared/intake/derive'

const RULES = [
  { name: 'In from AD - User Join', precedence: 99, disabled: false },
  { name: 'Out to AAD - User Join', precedence: 215, disabled: false },
]
const SAME_RULES_OTHER_KEY_ORDER = RULES.map(({ disabled, precedence, name }) => ({ disabled, precedence, name }))
const FEWER_RULES = RULES.slice(0, 1)

const collector = { source: 'collector.json', facts: [{ path: 'customizations.syncRules', value: RULES }] }

describe('deriveInstallDetails with list facts', () => {
  it('writes a list into the document whole', () => {
    const derived = deriveInstallDetails([collector], {}, validateInstallDetails)
    expect(derived.details.customizations?.syncRules).toEqual(RULES)
    expect(derived.provenance['customizations.syncRules']).toBe('collector.json')
    expect(derived.conflicts).toEqual([])
  })

  it('finds no conflict when two inputs give the same list, fields in another order', () => {
    const derived = deriveInstallDetails([collector, { source: 'export.json', facts: [{ path: 'customizations.syncRules', value: SAME_RULES_OTHER_KEY_ORDER }] }], {}, validateInstallDetails)
    expect(derived.conflicts).toEqual([])
  })

  it('flags different lists as one conflict; the later wins until the user chooses the earlier', () => {
    const inputs = [collector, { source: 'export.json', facts: [{ path: 'customizations.syncRules', value: FEWER_RULES }] }]
    const unchosen = deriveInstallDetails(inputs, {}, validateInstallDetails)
    expect(unchosen.conflicts).toEqual([
      {
        path: 'customizations.syncRules',
        values: [
          { value: RULES, from: 'collector.json' },
          { value: FEWER_RULES, from: 'export.json' },
        ],
        inUse: 'export.json',
        isChosen: false,
      },
    ])
    expect(unchosen.details.customizations?.syncRules).toEqual(FEWER_RULES)
    const chosen = deriveInstallDetails(inputs, { 'customizations.syncRules': 'collector.json' }, validateInstallDetails)
    expect(chosen.details.customizations?.syncRules).toEqual(RULES)
    expect(chosen.provenance['customizations.syncRules']).toBe('collector.json (chosen by you)')
  })

  it('drops a list the schema cannot hold, keeping the rest', () => {
    const derived = deriveInstallDetails(
      [{ source: 'odd.json', facts: [{ path: 'customizations.syncRules', value: [{ direction: 'Sideways' }] }, { path: 'server.name', value: 'AADC01' }] }],
      {},
      validateInstallDetails,
    )
    expect(derived.details.customizations?.syncRules).toBeUndefined()
    expect(derived.details.server?.name).toBe('AADC01')
  })
})
