import { describe, expect, it } from 'vitest'
import { MAX_INPUT_FACTS, MAX_INPUT_NOTES, toInputFacts } from '../../../shared/import/input-facts'
import type { Fact } from '../../../shared/import/text-forms/types'

const asFact = (path: string, value: unknown): Fact => ({ path, value: value as Fact['value'] })

describe('toInputFacts', () => {
  it('keeps scalar facts as they are, with their lines', () => {
    const facts = [{ path: 'connect.syncCycleEnabled', value: false, line: 8 }, asFact('dotnet.release', 528449), asFact('tls12.netFx32.SystemDefaultTlsVersions', null)]
    expect(toInputFacts(facts)).toEqual({ facts, notes: [] })
  })

  it('turns the collector’s notes into notes naming the field and the reason', () => {
    const result = toInputFacts([asFact('collectorNotes', [{ field: 'connect.version', reason: 'AzureADConnect.exe was not found' }])])
    expect(result).toEqual({ facts: [], notes: ['The collector left connect.version out: AzureADConnect.exe was not found'] })
  })

  it('leaves out lists and overlong text, and says how many', () => {
    const result = toInputFacts([asFact('extra.list', [1, 2]), asFact('extra.text', 'x'.repeat(5000)), asFact('server.name', 'AADC01')], ['a parser note'])
    expect(result.facts).toEqual([asFact('server.name', 'AADC01')])
    expect(result.notes).toEqual(['a parser note', '2 extra fields that no check reads (lists or very long text) left out'])
  })

  it('keeps at most the limit of facts and notes, saying what it cut', () => {
    const facts = Array.from({ length: MAX_INPUT_FACTS + 5 }, (_, index) => asFact(`extra.f${index}`, index))
    const notes = Array.from({ length: MAX_INPUT_NOTES + 5 }, (_, index) => `note ${index}`)
    const result = toInputFacts(facts, notes)
    expect(result.facts).toHaveLength(MAX_INPUT_FACTS)
    expect(result.notes).toHaveLength(MAX_INPUT_NOTES)
    expect(result.notes.at(-1)).toBe('and 7 more notes')
  })
})
