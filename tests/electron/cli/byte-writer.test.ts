/**
 * The byte writer's JSON strings are exactly the UTF-8 of `JSON.stringify(text)` (with C1, bidi
 * and zero-width characters escaped as well), whether the
 * text takes the copy-as-ASCII path or has to be escaped, and wherever in the buffer it lands.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ByteWriter } from '~electron/cli/byte-writer'
import { safeJsonStringify } from '~shared/report/control-characters'

/** Text of any UTF-16 code units (lone surrogates included), mostly printable ASCII, short and long. */
const codeUnitString = fc.string({
  unit: fc.oneof(
    { arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), weight: 8 },
    { arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), weight: 1 },
  ),
  maxLength: 80,
})

/** Long enough that text around it takes the long-text path. */
const LONG = 'long enough for the other path: '

/** `JSON.stringify(text)` with the controls it leaves raw escaped, as the app writes every JSON string. */
function jsonBytes(text: string): Buffer {
  return Buffer.from(safeJsonStringify(text))
}

describe('ByteWriter.jsonString', () => {
  it.each([
    ['empty', ''],
    ['plain ASCII', 'C:/Exports/AADC01.json'],
    ['a quote at the end, after plain text was copied', 'plain then "'],
    ['a backslash', 'C:\\Exports\\AADC01.json'],
    ['control characters', 'tab\there\nnul\u0000unit\u001f'],
    ['DEL (printable for JSON, not copied as is)', 'del\u007f'],
    ['non-ASCII', 'SÉRVEUR-同步'],
    ['a surrogate pair', 'emoji 😀'],
    ['a lone high surrogate', 'lone \ud83d here'],
    ['a lone low surrogate at the end', 'lone \ude00'],
  ])('writes %s exactly as JSON.stringify does, in short and long text', (_label, text) => {
    const writer = new ByteWriter()
    const long = `${LONG}${text}${LONG}`
    writer.text('before,')
    writer.jsonString(text)
    writer.byte(0x2c)
    writer.jsonString(long)
    writer.jsonString(text)
    expect(writer.take()).toEqual(Buffer.concat([Buffer.from('before,'), jsonBytes(text), Buffer.from(','), jsonBytes(long), jsonBytes(text)]))
  })

  it('matches JSON.stringify for any UTF-16 text, one string after another', () => {
    fc.assert(
      fc.property(fc.array(codeUnitString, { maxLength: 8 }), (texts) => {
        const writer = new ByteWriter()
        for (const text of texts) {
          writer.jsonString(text)
        }
        return writer.take().equals(Buffer.concat(texts.map(jsonBytes)))
      }),
      { numRuns: 500 },
    )
  })

  it('grows the buffer for a string longer than it, on either path', () => {
    const writer = new ByteWriter()
    const plain = 'x'.repeat(3 << 20)
    const escaped = `${plain}"`
    writer.jsonString(plain)
    writer.jsonString(escaped)
    const bytes = writer.take()
    expect(bytes.length).toBe(plain.length + 2 + escaped.length + 3)
    expect(bytes.equals(Buffer.concat([jsonBytes(plain), jsonBytes(escaped)]))).toBe(true)
  })
})

describe('ByteWriter.takeBuffer and give', () => {
  it('writes into a buffer given back instead of a new one, and ignores one too small to take', () => {
    const writer = new ByteWriter()
    const filled = (byte: number, length: number) => Buffer.alloc(length, byte)
    writer.bytes(filled(0x78, 900_000))
    const first = writer.takeBuffer()
    expect(first.length).toBe(900_000)
    writer.give(new ArrayBuffer(16))
    writer.give(first.buffer as ArrayBuffer)
    writer.bytes(filled(0x79, 800_000))
    const second = writer.takeBuffer()
    // The second chunk went out in the writer's own buffer; the third is written into the one given back.
    expect(second.buffer === first.buffer).toBe(false)
    writer.bytes(filled(0x7a, 700_000))
    const third = writer.takeBuffer()
    expect(third.buffer === first.buffer).toBe(true)
    expect(Buffer.from(third).equals(filled(0x7a, 700_000))).toBe(true)
    expect(Buffer.from(second).equals(filled(0x79, 800_000))).toBe(true)
  })
})
