import { describe, expect, it } from 'vitest'
import { formatIsoDate } from '~shared/dates/iso-date'
import { GLOSSARY, glossaryEntries } from '~shared/glossary'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('GLOSSARY', () => {
  it('has unique kebab-case ids', () => {
    const ids = GLOSSARY.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true)
  })

  it('defines every term in one line, its pack values filled', () => {
    for (const entry of glossaryEntries(BUILT_IN_PACK, formatIsoDate)) {
      expect(entry.definition, entry.id).not.toMatch(/\n/)
      expect(entry.definition.length, entry.id).toBeLessThanOrEqual(200)
      expect(entry.definition.length, entry.id).toBeGreaterThan(20)
    }
  })

  it('links every term to Microsoft Learn over https', () => {
    for (const entry of GLOSSARY) {
      expect(new URL(entry.learnUrl).protocol, entry.id).toBe('https:')
      expect(new URL(entry.learnUrl).host, entry.id).toBe('learn.microsoft.com')
    }
  })

  it('covers the terms the wizard uses', () => {
    const ids = GLOSSARY.map((entry) => entry.id)
    expect(ids).toEqual(
      expect.arrayContaining(['staging-mode', 'metaverse', 'localdb', 'phs', 'pta', 'connector-space', 'aba', 'auto-upgrade', 'swing-migration', 'adsynctools']),
    )
  })

  it('fills the pack’s versions, dates and limits into the definitions, and keeps the terms and links', () => {
    const entries = glossaryEntries(BUILT_IN_PACK, formatIsoDate)
    const definition = (id: string) => entries.find((entry) => entry.id === id)?.definition
    expect(definition('v1-v2')).toContain('stopped syncing on 2023-10-01')
    expect(definition('msonline')).toContain('builds before 2.4.18.0')
    expect(definition('localdb')).toContain('limited to 10 GB')
    expect(definition('end-of-support')).toContain('until 12 months after')
    expect(entries.map(({ id, term, learnUrl }) => ({ id, term, learnUrl }))).toEqual(GLOSSARY.map(({ id, term, learnUrl }) => ({ id, term, learnUrl })))
  })

  it('is in alphabetical order of term', () => {
    const terms = GLOSSARY.map((entry) => entry.term.toLowerCase())
    expect(terms).toEqual([...terms].sort())
  })
})
