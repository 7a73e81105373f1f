import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { malformation, parseCsv, readFindings, staleEntries, unexpectedFindings } from './electronegativity-findings'

const CSV = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","electron/main/index.ts","29:17","new BrowserWindow(options)","Review the use of the contextIsolation option",https://example/wiki',
  'NODE_INTEGRATION_JS_CHECK,"INFORMATIONAL","FIRM","electron/main/evil.ts","3:1","{ nodeIntegration: true,\n  sandbox: false }","Disable nodeIntegration, ""please""",https://example/wiki',
  '',
].join('\n')

const ALLOWLIST = [
  { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'electron/main/index.ts', reason: 'options from a function' },
  { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'electron/main/gone.ts', reason: 'removed long ago' },
]

describe('Electronegativity gate', () => {
  it('parses quoted fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\nx,y\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', 'y'],
    ])
  })

  it('reads the findings by the header names', () => {
    expect(readFindings(CSV).map((finding) => [finding.check, finding.file, finding.location])).toEqual([
      ['CONTEXT_ISOLATION_JS_CHECK', 'electron/main/index.ts', '29:17'],
      ['NODE_INTEGRATION_JS_CHECK', 'electron/main/evil.ts', '3:1'],
    ])
  })

  it('fails a finding the allowlist does not name, and passes an allowlisted one', () => {
    expect(unexpectedFindings(readFindings(CSV), ALLOWLIST).map((finding) => finding.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
  })

  it('matches on check and file: the same check in another file is not allowed', () => {
    const moved = readFindings(CSV.replace('electron/main/index.ts', 'electron/main/other.ts'))
    expect(unexpectedFindings(moved, ALLOWLIST).map((finding) => finding.file)).toEqual(['electron/main/other.ts', 'electron/main/evil.ts'])
  })

  it('reports allowlist entries that match nothing', () => {
    expect(staleEntries(readFindings(CSV), ALLOWLIST).map((entry) => entry.file)).toEqual(['electron/main/gone.ts'])
  })

  it('tells a whole CSV from one that lost the start of a row (seen from Electronegativity 1.x itself)', () => {
    expect(malformation(CSV)).toBeUndefined()
    const damaged = CSV.replace('CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","electron/main/index.ts","29:17","new BrowserWindow(opt', '')
    expect(malformation(damaged)).toMatch(/^row 2 is not a whole finding/)
    expect(malformation(CSV.split('\n').slice(1).join('\n'))).toBe('no header row')
    expect(malformation(readFileSync(new URL('./fixtures/electronegativity-damaged.csv', import.meta.url), 'utf8'))).toMatch(/^row 2 is not a whole finding: "one'; script-src/)
  })
})
