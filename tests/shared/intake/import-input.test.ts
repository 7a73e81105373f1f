import { describe, expect, it } from 'vitest'
import { decodeInputBytes, importInput } from '~shared/intake/import-input'
import { describeTooLarge, MAX_INPUT_BYTES } from '~shared/import/input-messages'

describe('importInput', () => {
  it('reads the contract’s JSON into facts, the format detected', () => {
    const result = importInput({ name: 'a.json', text: '{"kind":"entra-connect-install-details","schemaVersion":1,"connect":{"version":"2.4.27.0"}}' })
    expect(result).toEqual({
      ok: true,
      kind: 'input',
      format: 'install-details-json',
      encoding: undefined,
      facts: [{ path: 'connect.version', value: '2.4.27.0' }],
      notes: [],
      details: { kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0' } },
    })
  })

  it('reads a text form with each fact’s line', () => {
    expect(importInput({ name: 'pasted text', text: 'Suspended' })).toMatchObject({ ok: true, format: 'get-adsyncautoupgrade', facts: [{ path: 'connect.autoUpgrade.state', value: 'Suspended', line: 1 }] })
  })

  it.each([
    ['truncated JSON', '{"kind": "entra-connect-install-details", ', 'invalid-json', /^x: the JSON ends early .*Export it again from the collector\.$/],
    ['a wrong kind', '{"kind": "entra-connect-assessment", "schemaVersion": 1}', 'invalid-document', /^x: "kind" is "entra-connect-assessment".*Choose the install-details JSON file/],
    ['a newer schema version', '{"kind": "entra-connect-install-details", "schemaVersion": 2}', 'invalid-document', /^x: "schemaVersion" is 2; .*Export it again with the collector that comes with this version/],
    ['an unknown text', 'hello', 'invalid-document', /^x: this is not a format the app reads\. Expected /],
  ])('refuses %s, naming the source, the problem and what to do', (_name, text, code, message) => {
    expect(importInput({ name: 'x', text: text })).toEqual({ ok: false, code, message: expect.stringMatching(message) })
  })
})

describe('decodeInputBytes', () => {
  it('refuses more bytes than the limit, with the size and the limit', () => {
    const result = decodeInputBytes('big.txt', new Uint8Array(11), 10)
    expect(result).toEqual({ ok: false, code: 'file-too-large', message: describeTooLarge('big.txt', 11, 10) })
    expect(describeTooLarge('big.txt', 6 * 1024 * 1024)).toMatch(/^big\.txt: the file is 6 MB, over the 5 MB limit/)
    expect(MAX_INPUT_BYTES).toBe(5 * 1024 * 1024)
  })

  it('refuses binary bytes as not text', () => {
    expect(decodeInputBytes('b.bin', new Uint8Array([1, 0, 2]))).toMatchObject({ ok: false, code: 'file-not-text', message: expect.stringMatching(/^b\.bin: it contains binary data/) })
  })

  it.each([
    ['no bytes at all', new Uint8Array([]), /^e\.json: the file is empty \(0 bytes\)\. Run the collector or the PowerShell command again/],
    ['only blank lines', new TextEncoder().encode('\r\n\r\n   \t\n'), /^e\.json: the file holds only blank space\. Run the collector/],
    ['a UTF-16 BOM and nothing else', new Uint8Array([0xff, 0xfe]), /^e\.json: the file holds only blank space\./],
  ])('refuses %s as empty, not as an unknown format', (_name, bytes, message) => {
    expect(decodeInputBytes('e.json', bytes)).toEqual({ ok: false, code: 'invalid-document', message: expect.stringMatching(message) })
  })

  it('decodes UTF-16LE with its BOM', () => {
    expect(decodeInputBytes('u.txt', new Uint8Array([0xff, 0xfe, 0x4f, 0x00, 0x4b, 0x00]))).toEqual({ ok: true, text: 'OK', encoding: 'utf-16le' })
  })
})
