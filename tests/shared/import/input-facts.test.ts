import { describe, expect, it } from 'vitest'
import { MAX_FACT_LIST_DEPTH, MAX_FACT_LIST_ITEMS } from '~shared/import/fact-list'
import { MAX_INPUT_FACTS, MAX_INPUT_NOTES, toInputFacts } from '~shared/import/input-facts'
import type { Fact } from '~shared/import/text-forms/types'

const asFact = (path: string, value: unknown): Fact => ({ path, value: value as Fact['value'] })

describe('toInputFacts', () => {
  it('keeps scalar facts as they are, with their lines', () => {
    const facts = [{ path: 'connect.syncCycleEnabled', value: false, line: 8 }, asFact('dotnet.release', 528449), asFact('tls12.netFx32.SystemDefaultTlsVersions', null)]
    expect(toInputFacts(facts)).toEqual({ facts, notes: [] })
  })

  it('turns the collector’s notes into notes naming the field and the reason', () => {
    const result = toInputFacts([asFact('collectorNotes', [{ field: 'connect.version', reason: 'AzureADConnect.exe was not found' }])])
    expect(result).toEqual({ facts: [], notes: ['The collector left Entra Connect version out: AzureADConnect.exe was not found (field connect.version)'] })
  })

  it('keeps lists of scalars and of objects whole, as one fact each', () => {
    const rules = [
      { name: 'In from AD - User Join', precedence: 99, disabled: false, immutableTag: null },
      { name: 'Out to AAD - User Join', precedence: 215, disabled: true },
    ]
    const connectors = [{ name: 'contoso.com', partitions: [{ name: 'DC=contoso,DC=com', inclusions: ['OU=Staff,DC=contoso,DC=com'] }] }]
    const facts = [asFact('customizations.syncRules', rules), asFact('customizations.connectors', connectors), asFact('tags', ['a', 'b']), asFact('empty', [])]
    expect(toInputFacts(facts)).toEqual({ facts, notes: [] })
  })

  it('leaves out overlong, too deep or odd lists and overlong text, and says how many', () => {
    let deep: unknown = 'leaf'
    for (let depth = 0; depth < MAX_FACT_LIST_DEPTH; depth += 1) {
      deep = [deep]
    }
    const result = toInputFacts(
      [
        asFact('extra.long', Array.from({ length: MAX_FACT_LIST_ITEMS + 1 }, (_, index) => index)),
        asFact('extra.deep', deep),
        asFact('extra.infinite', [Number.POSITIVE_INFINITY]),
        asFact('extra.prototype', [JSON.parse('{"__proto__": {"polluted": true}}')]),
        asFact('extra.longText', ['x'.repeat(5000)]),
        asFact('extra.object', { not: 'a list' }),
        asFact('extra.text', 'x'.repeat(5000)),
        asFact('server.name', 'AADC01'),
      ],
      ['a parser note'],
    )
    expect(result.facts).toEqual([asFact('server.name', 'AADC01')])
    expect(result.notes).toEqual(['a parser note', '7 extra fields too large to keep (very long lists or text) left out'])
  })

  it('keeps a list at the depth and length limits', () => {
    let deep: unknown = 'leaf'
    for (let depth = 1; depth < MAX_FACT_LIST_DEPTH; depth += 1) {
      deep = [deep]
    }
    const long = Array.from({ length: MAX_FACT_LIST_ITEMS }, (_, index) => index)
    expect(toInputFacts([asFact('extra.deep', deep), asFact('extra.long', long)]).facts).toHaveLength(2)
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
