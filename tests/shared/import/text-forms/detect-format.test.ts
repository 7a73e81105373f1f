import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '~shared/import/text-forms/detect-format'
import { importInput } from '~shared/intake/import-input'

const fixture = (name: string) => readFile(new URL(`../../../fixtures/text-forms/${name}`, import.meta.url), 'utf8')

describe('detectFormat', () => {
  it.each([
    ['get-adsyncscheduler.txt', 'get-adsyncscheduler'],
    ['get-adsyncautoupgrade.txt', 'get-adsyncautoupgrade'],
    ['get-adsyncautoupgrade-detail.txt', 'get-adsyncautoupgrade'],
    ['get-adsyncglobalsettings.txt', 'get-adsyncglobalsettings'],
    ['reg-query-dotnet-tls.txt', 'reg-query'],
    ['psversiontable.txt', 'psversiontable'],
    ['psversiontable-core.txt', 'psversiontable'],
  ])('recognises %s', async (name, format) => {
    expect(detectFormat(await fixture(name))).toBe(format)
  })

  it('recognises JSON by its first character, after a BOM', () => {
    expect(detectFormat('\uFEFF  {"kind": 1}')).toBe('install-details-json')
  })

  it('recognises reg query with the HKLM short form', () => {
    expect(detectFormat('HKLM\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full\n    Release    REG_DWORD    0x80ff4')).toBe('reg-query')
  })

  it('returns undefined for prose', () => {
    expect(detectFormat('The server is fine, thanks.')).toBeUndefined()
  })

  it('needs two scheduler properties, not one', () => {
    expect(detectFormat('SyncCycleEnabled : True')).toBeUndefined()
  })
})

describe('detectFormat on floods of blank lines', () => {
  // Under the `m` flag `\s*` spans line breaks, so each line start scanned every later blank
  // line: 80,000 of them after one word took 40 s. Each shape here is detected (or refused) in
  // well under 100 ms.
  const floods: ReadonlyArray<readonly [string, string]> = [
    ['80,000 blank lines after a word', `word\n${'\n'.repeat(80_000)}x`],
    ['80,000 CRLF blank lines after a word', `word\r\n${'\r\n'.repeat(80_000)}x`],
    ['a 1 MB file of blank lines and spaces after a word', `word\n${' \n\t\n'.repeat(250_000)}x`],
    ['blank lines before a registry key', `x\n${'\n'.repeat(80_000)}HKEY_LOCAL_MACHINE\\SOFTWARE`],
  ]

  it.each(floods)('%s is answered in well under 100 ms', (_label, text) => {
    const started = performance.now()
    detectFormat(text)
    expect(performance.now() - started).toBeLessThan(100)
  })

  it('still finds a registry key after the flood', () => {
    expect(detectFormat(`x\n${'\n'.repeat(80_000)}HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft`)).toBe('reg-query')
  })
})

describe('importing a flood of blank lines', () => {
  it('detects the format once and answers in well under a second', () => {
    const started = performance.now()
    const result = importInput({ name: 'flood.txt', text: `word\n${'\n'.repeat(80_000)}x` })
    expect(performance.now() - started).toBeLessThan(500)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toMatch(/^flood\.txt: /)
  })
})
