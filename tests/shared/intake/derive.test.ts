import { describe, expect, it } from 'vitest'
import { conflictsField, deriveInstallDetails } from '~shared/intake/derive'
import { validateInstallDetails } from '~shared/import/merge-inputs'

const KIND = [
  { path: 'kind', value: 'entra-connect-install-details' },
  { path: 'schemaVersion', value: 1 },
]
const COLLECTOR = { source: 'AADC01.json', facts: [...KIND, { path: 'connect.version', value: '2.4.27.0' }] }
const PASTED = { source: 'pasted text', facts: [{ path: 'connect.version', value: '2.5.3.0' }] }

describe('conflictsField', () => {
  it('gives each disagreeing field with its values, without the choice bookkeeping', () => {
    const derived = deriveInstallDetails([COLLECTOR, PASTED], { 'connect.version': 'AADC01.json' }, validateInstallDetails)
    expect(derived.conflicts).toMatchObject([{ path: 'connect.version', inUse: 'AADC01.json', isChosen: true }])
    expect(conflictsField(derived)).toEqual({
      conflicts: [
        {
          path: 'connect.version',
          values: [
            { value: '2.4.27.0', from: 'AADC01.json' },
            { value: '2.5.3.0', from: 'pasted text' },
          ],
        },
      ],
    })
  })

  it('gives no field at all when the inputs agree', () => {
    const derived = deriveInstallDetails([COLLECTOR], {}, validateInstallDetails)
    expect(conflictsField(derived)).toEqual({})
    expect('conflicts' in conflictsField(derived)).toBe(false)
  })
})
