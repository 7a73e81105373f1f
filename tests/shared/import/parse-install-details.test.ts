import { describe, expect, it } from 'vitest'
import { parseInstallDetails } from '~shared/import/parse-install-details'

const base = { kind: 'entra-connect-install-details', schemaVersion: 1 }

describe('parseInstallDetails', () => {
  it('accepts a minimal document and keeps unknown extra fields', () => {
    const result = parseInstallDetails(JSON.stringify({ ...base, extra: { a: 1 }, connect: { version: '2.5.79.0', future: true } }))
    expect(result.ok && result.details).toEqual({ ...base, extra: { a: 1 }, connect: { version: '2.5.79.0', future: true } })
  })

  it('accepts null for any optional fact (unknown)', () => {
    const result = parseInstallDetails(JSON.stringify({ ...base, connect: { version: null, cloud: null }, dotnet: null }))
    expect(result.ok).toBe(true)
  })

  it('says the JSON ends early for a truncated file', () => {
    expect(parseInstallDetails('{"kind": "entra-connect-install-details", "connect": {')).toEqual({
      ok: false,
      problem: 'json',
      problems: ['the JSON ends early (the file looks truncated or empty)'],
    })
  })

  it('says the JSON ends early for an empty file', () => {
    expect(parseInstallDetails('  ')).toEqual({ ok: false, problem: 'json', problems: ['the JSON ends early (the file looks truncated or empty)'] })
  })

  it('names a wrong kind', () => {
    const result = parseInstallDetails(JSON.stringify({ kind: 'something-else', schemaVersion: 1 }))
    expect(result).toEqual({ ok: false, problem: 'kind', problems: ['"kind" is "something-else"; expected "entra-connect-install-details"'] })
  })

  it('names a schema version this build does not read', () => {
    const result = parseInstallDetails(JSON.stringify({ ...base, schemaVersion: 2 }))
    expect(!result.ok && result.problems[0]).toMatch(/"schemaVersion" is 2; this version of the app reads schemaVersion 1/)
  })

  it('names a malformed version with its field', () => {
    const result = parseInstallDetails(JSON.stringify({ ...base, connect: { version: '2.4' } }))
    expect(result).toEqual({ ok: false, problem: 'fields', problems: ['connect.version: must be a four-part version such as 2.4.18.0'] })
  })

  it('names each wrong field, up to ten', () => {
    const connect = { cloud: 'mars', stagingModeEnabled: 'yes', metaverseObjectCount: -1 }
    const result = parseInstallDetails(JSON.stringify({ ...base, connect }))
    expect(!result.ok && result.problems.map((problem) => problem.split(':')[0])).toEqual([
      'connect.cloud',
      'connect.stagingModeEnabled',
      'connect.metaverseObjectCount',
    ])
  })

  it('keeps the other facts of a file with one bad field, with a note naming the field in plain words', () => {
    const result = parseInstallDetails(JSON.stringify({ ...base, server: { name: 'AADC01' }, connect: { version: 'banana', syncCycleEnabled: true } }))
    expect(result.ok && result.details).toEqual({ ...base, server: { name: 'AADC01' }, connect: { syncCycleEnabled: true } })
    expect(result.ok && result.notes).toEqual([
      'Entra Connect version: must be a four-part version such as 2.4.18.0 (it was "banana"), left out (field connect.version)',
    ])
  })

  it('has no notes for a valid file', () => {
    const result = parseInstallDetails(JSON.stringify({ ...base, connect: { version: '2.4.27.0' } }))
    expect(result.ok && result.notes).toEqual([])
  })

  it('refuses JSON that is not an object', () => {
    expect(parseInstallDetails('[1,2]')).toEqual({ ok: false, problem: 'kind', problems: ['it is JSON but not an object; expected an install-details document'] })
  })
})
