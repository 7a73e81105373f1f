import { describe, expect, it } from 'vitest'
import { decodeText } from '~shared/import/decode-text'

const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from('{"a":"é"}'))).toEqual({ ok: true, text: '{"a":"é"}', encoding: 'utf-8' })
  })

  it('reads UTF-8 with a BOM and drops it', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({ ok: true, text: '{}', encoding: 'utf-8-bom' })
  })

  it('reads UTF-16LE with a BOM, as Windows PowerShell 5.1 Out-File writes it', () => {
    expect(decodeText(utf16le('SyncCycleEnabled : True\r\n'))).toEqual({ ok: true, text: 'SyncCycleEnabled : True\r\n', encoding: 'utf-16le' })
  })

  it('refuses UTF-16 big-endian, saying how to save it', () => {
    const result = decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x7b]))
    expect(!result.ok && result.problem).toMatch(/big-endian/)
  })

  it('refuses UTF-16LE with an odd byte count as truncated', () => {
    const result = decodeText(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d]))
    expect(!result.ok && result.problem).toMatch(/odd number of bytes/)
  })

  it('refuses binary data with NUL bytes', () => {
    const result = decodeText(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))
    expect(!result.ok && result.problem).toMatch(/binary/)
  })

  it('refuses invalid UTF-8 rather than replacing characters', () => {
    const result = decodeText(Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]))
    expect(!result.ok && result.problem).toMatch(/neither UTF-8 nor UTF-16LE/)
  })
})
