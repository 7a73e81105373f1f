import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../../../shared/import/text-forms/detect-format'

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
