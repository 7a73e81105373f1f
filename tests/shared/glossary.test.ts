import { describe, expect, it } from 'vitest'
import { GLOSSARY } from '~shared/glossary'

describe('GLOSSARY', () => {
  it('has unique kebab-case ids', () => {
    const ids = GLOSSARY.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toBe(true)
  })

  it('defines every term in one line', () => {
    for (const entry of GLOSSARY) {
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

  it('is in alphabetical order of term', () => {
    const terms = GLOSSARY.map((entry) => entry.term.toLowerCase())
    expect(terms).toEqual([...terms].sort())
  })
})
