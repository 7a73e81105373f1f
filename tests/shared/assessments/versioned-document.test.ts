import { describe, expect, it } from 'vitest'
import { checkVersionedDocument, describeIssues, parseJsonText } from '~shared/assessments/versioned-document'

describe('checkVersionedDocument', () => {
  it('passes a document of the kind at or below the current version', () => {
    expect(checkVersionedDocument({ kind: 'k', schemaVersion: 0 }, 'k', 1)).toEqual({ ok: true, record: { kind: 'k', schemaVersion: 0 }, schemaVersion: 0 })
  })

  it.each([
    [[], 'wrong-kind', 'not an object'],
    [{ kind: 'other', schemaVersion: 1 }, 'wrong-kind', '"kind" is "other"; expected "k"'],
    [{ kind: 'k' }, 'invalid', '"schemaVersion" is null'],
    [{ kind: 'k', schemaVersion: 1.5 }, 'invalid', '"schemaVersion" is 1.5'],
    [{ kind: 'k', schemaVersion: 3 }, 'newer-version', 'schemaVersion 3; this version reads up to 1'],
  ])('refuses %j as %s', (value, code, message) => {
    expect(checkVersionedDocument(value, 'k', 1)).toEqual({ ok: false, code, message: expect.stringContaining(message) })
  })
})

describe('parseJsonText', () => {
  it('parses JSON, with or without a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
  })

  it('tells an empty text from a malformed one', () => {
    expect(parseJsonText('')).toMatchObject({ ok: false, message: expect.stringContaining('ends early') })
    expect(parseJsonText('{"a":}x')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') })
  })
})

describe('describeIssues', () => {
  it('lists the first five issues by path and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, index) => ({ path: ['inputs', index], message: 'bad' }))
    expect(describeIssues(issues)).toBe('inputs.0: bad; inputs.1: bad; inputs.2: bad; inputs.3: bad; inputs.4: bad; and 2 more')
    expect(describeIssues([{ path: [], message: 'Invalid input' }])).toBe('the document: Invalid input')
  })
})
