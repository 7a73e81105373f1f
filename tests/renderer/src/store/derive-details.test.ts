import { describe, expect, it } from 'vitest'
import { conflictLabel, deriveDetails, withDerived } from '~renderer/store/derive-details'
import type { InputLayers, LoadedInput } from '~renderer/store/input-layers'

function input(source: string, sequence: number, facts: LoadedInput['facts']): LoadedInput {
  return { id: `input-${sequence}`, source, origin: 'opened', format: 'install-details-json', facts, notes: [], sequence }
}

const A = input('AADC01.json', 1, [{ path: 'connect.version', value: '2.4.27.0' }, { path: 'server.name', value: 'AADC01' }])
const B = input('scheduler.txt', 3, [{ path: 'connect.version', value: '2.5.79.0', line: 4 }])

const layers = (overrides: Partial<InputLayers> = {}): InputLayers => ({ inputs: [A, B], typedValues: {}, answers: {}, conflictChoices: {}, ...overrides })

describe('deriveDetails', () => {
  it('merges the inputs, the later one winning, and flags the disagreement as unconfirmed', () => {
    const derived = deriveDetails(layers())
    expect(derived.details.connect?.version).toBe('2.5.79.0')
    expect(derived.provenance.fields?.['connect.version']).toBe(conflictLabel('scheduler.txt line 4', false))
    expect(derived.provenance.fields?.['server.name']).toBe('AADC01.json')
    expect(derived.conflicts).toEqual([
      {
        path: 'connect.version',
        values: [{ value: '2.4.27.0', from: 'AADC01.json' }, { value: '2.5.79.0', from: 'scheduler.txt line 4' }],
        inUse: 'scheduler.txt line 4',
        isChosen: false,
      },
    ])
  })

  it('uses the value the user chose, and says so in the evidence', () => {
    const derived = deriveDetails(layers({ conflictChoices: { 'connect.version': 'AADC01.json' } }))
    expect(derived.details.connect?.version).toBe('2.4.27.0')
    expect(derived.provenance.fields?.['connect.version']).toBe('AADC01.json (chosen by you)')
    expect(derived.conflicts[0]).toMatchObject({ inUse: 'AADC01.json', isChosen: true })
  })

  it('orders typed facts and answers with the inputs by when they came', () => {
    const typedBetween = deriveDetails(layers({ typedValues: { version: { value: '2.4.21.0', sequence: 2 } } }))
    expect(typedBetween.details.connect?.version).toBe('2.5.79.0')
    const typedLast = deriveDetails(layers({ typedValues: { version: { value: '2.4.21.0', sequence: 9 } } }))
    expect(typedLast.details.connect?.version).toBe('2.4.21.0')
    expect(typedLast.conflicts[0]?.values.map((entry) => entry.from)).toEqual(['AADC01.json', 'scheduler.txt line 4', 'typed in'])
  })

  it('drops a choice whose disagreement has gone, so a new one is not resolved silently', () => {
    const derived = withDerived(layers({ conflictChoices: { 'connect.version': 'AADC01.json' } }), { inputs: [A] })
    expect(derived.conflicts).toEqual([])
    expect(derived.conflictChoices).toEqual({})
  })

  it('gives an empty document for no layers', () => {
    expect(deriveDetails({ inputs: [], typedValues: {}, answers: {}, conflictChoices: {} }).details).toEqual({
      kind: 'entra-connect-install-details',
      schemaVersion: 1,
    })
  })
})
