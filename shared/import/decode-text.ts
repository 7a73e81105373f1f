/**
 * Turning a file's bytes into text: UTF-8 (with or without BOM) or UTF-16LE with BOM, which is
 * what Windows PowerShell 5.1's `Out-File` and `>` write (docs/interface.md §2, "Other inputs").
 */

/** The outcome of decoding: the text, or why the bytes are not text we read. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' }
  | { readonly ok: false; readonly problem: string }

/** The decoders, made once: each decode is a whole input (never streamed), so they keep no state between calls. */
const UTF16LE = new TextDecoder('utf-16le', { fatal: true })
const UTF8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes `bytes`, refusing binary data and encodings the contract does not accept.
 *
 * A NUL byte in a file without a UTF-16 BOM means binary (or UTF-16 without BOM): refused. Invalid
 * UTF-8 sequences are refused rather than replaced.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: false, problem: 'it is UTF-16 big-endian; save it as UTF-8 or UTF-16LE (Windows PowerShell Out-File)' }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    if ((bytes.length - 2) % 2 !== 0) {
      return { ok: false, problem: 'it is UTF-16LE but has an odd number of bytes (truncated?)' }
    }
    try {
      const text = UTF16LE.decode(bytes.subarray(2))
      return text.includes('\u0000')
        ? { ok: false, problem: 'it contains binary data' }
        : { ok: true, text, encoding: 'utf-16le' }
    } catch {
      return { ok: false, problem: 'it is not valid UTF-16LE text' }
    }
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  if (body.includes(0)) {
    return { ok: false, problem: 'it contains binary data (NUL bytes); it is not a text or JSON file' }
  }
  try {
    const text = UTF8.decode(body)
    return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' }
  } catch {
    return { ok: false, problem: 'it is neither UTF-8 nor UTF-16LE text' }
  }
}
