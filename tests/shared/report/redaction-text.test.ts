import { describe, expect, it } from 'vitest'
import { createNameMatcher, foldName } from '~shared/report/redaction-text'

describe('foldName', () => {
  it.each([
    ['İSTANBUL-DC01', 'istanbul-dc01'],
    ['i̇stanbul-dc01', 'istanbul-dc01'],
    ['ıstanbul-dc01', 'istanbul-dc01'],
    ['\u212AELVIN01', 'kelvin01'],
    ['STRAẞE-01', 'strasse-01'],
    ['Straße-01', 'strasse-01'],
    ['ＡＡＤＣ０１', 'aadc01'],
    ['ÅLESUND', 'alesund'],
    ['AADC01', 'aadc01'],
  ])('%s folds to %s', (name, folded) => {
    expect(foldName(name)).toBe(folded)
  })
})

describe('createNameMatcher', () => {
  const matcher = createNameMatcher([foldName('İSTANBUL-DC01'), foldName('ok'), foldName('\u212AELVIN01')])
  const replace = (text: string) => matcher.replace(text, (name) => `<${name}>`)

  it('replaces a name in any spelling, exactly over the characters it came from', () => {
    expect(replace('at İSTANBUL-DC01, i̇stanbul-dc01 and istanbul-DC01.')).toBe('at <istanbul-dc01>, <istanbul-dc01> and <istanbul-dc01>.')
    expect(replace('\u212AELVIN01 and kelvin01')).toBe('<kelvin01> and <kelvin01>')
  })

  it('matches whole tokens only', () => {
    expect(replace('book ok okay ok-1 (ok) _ok')).toBe('book <ok> okay <ok>-1 (<ok>) _ok')
  })

  it('finds each name once', () => {
    expect(matcher.find('ok OK Ok')).toEqual(['ok'])
    expect(matcher.find('nothing here')).toEqual([])
  })
})
