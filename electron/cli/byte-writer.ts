/**
 * A growing byte buffer for output assembled from many small pieces: remembered pieces are
 * copied in as bytes, new text is encoded straight into the buffer.
 */
import { escapeJsonControls, safeJsonStringify } from '~shared/report/control-characters'

const INITIAL_BYTES = 1 << 20
const QUOTE = 0x22
const BACKSLASH = 0x5c
/** From this length on, a JSON string is checked with {@link NEEDS_ESCAPING_OR_UTF8} rather than character by character. */
const SHORT_TEXT = 24
/** A character JSON.stringify escapes, or one that is not a single byte in UTF-8 (a surrogate is either). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const NEEDS_ESCAPING_OR_UTF8 = /["\\\u0000-\u001f\u007f-\uffff]/

/** Spare buffers kept at most (given back by the thread the bytes went to). */
const MAX_SPARES = 4

/** Collects bytes; `take()` hands them over and starts again. */
export class ByteWriter {
  private buffer = Buffer.allocUnsafeSlow(INITIAL_BYTES)
  private used = 0
  private readonly spares: ArrayBuffer[] = []

  /** The number of bytes written since the last `take()`. */
  get length(): number {
    return this.used
  }

  /** Appends bytes. */
  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length)
    this.buffer.set(bytes, this.used)
    this.used += bytes.length
  }

  /** Appends one byte (an ASCII character's code). */
  byte(code: number): void {
    this.reserve(1)
    this.buffer[this.used] = code
    this.used += 1
  }

  /**
   * Appends `JSON.stringify(text)` as UTF-8. Text of printable ASCII with no quote or backslash
   * (nearly all of it) needs no escaping and is one byte a character: short text is copied in
   * character by character, longer text checked with one regular expression and copied in by
   * the encoder. Anything else is escaped by JSON.stringify, and the controls it leaves raw (C1,
   * bidi and zero-width characters) as `\uXXXX`.
   */
  jsonString(text: string): void {
    const length = text.length
    if (length >= SHORT_TEXT) {
      if (NEEDS_ESCAPING_OR_UTF8.test(text)) {
        this.text(safeJsonStringify(text))
        return
      }
      this.reserve(length + 2)
      const buffer = this.buffer as Buffer & { latin1Write(text: string, offset: number): number }
      buffer[this.used] = QUOTE
      const end = this.used + 1 + buffer.latin1Write(text, this.used + 1)
      buffer[end] = QUOTE
      this.used = end + 1
      return
    }
    this.reserve(length + 2)
    const buffer = this.buffer
    let at = this.used
    buffer[at] = QUOTE
    at += 1
    for (let index = 0; index < length; index += 1) {
      const code = text.charCodeAt(index)
      if (code < 0x20 || code > 0x7e || code === QUOTE || code === BACKSLASH) {
        this.text(safeJsonStringify(text))
        return
      }
      buffer[at] = code
      at += 1
    }
    buffer[at] = QUOTE
    this.used = at + 1
  }

  /**
   * Appends JSON text (as JSON.stringify writes it) as UTF-8, with the controls JSON.stringify
   * leaves raw escaped as `escapeJsonControls` does. Text that is all ASCII below DEL (nearly all
   * of it) is encoded once, which its byte count equal to its length shows; any other text is
   * written again over it, escaped.
   */
  json(json: string): void {
    this.reserve(json.length * 3)
    const written = (this.buffer as Buffer & { utf8Write(text: string, offset: number): number }).utf8Write(json, this.used)
    if (written === json.length && !json.includes('\u007f')) {
      this.used += written
      return
    }
    this.text(escapeJsonControls(json))
  }

  /** Appends text as UTF-8. */
  text(text: string): void {
    // At most three bytes per UTF-16 unit (a surrogate pair is four bytes for two units).
    this.reserve(text.length * 3)
    // Buffer#utf8Write is what Buffer#write calls for 'utf8' after checking its arguments: these
    // are checked here, and the check costs more than short texts take to encode.
    this.used += (this.buffer as Buffer & { utf8Write(text: string, offset: number): number }).utf8Write(text, this.used)
  }

  /** Drops what was written after `length` (a `length` read earlier, with no `take` since). */
  rewind(length: number): void {
    this.used = Math.min(this.used, length)
  }

  /** A copy of the bytes written since `start` (a `length` read earlier, with no `take` since). */
  copySince(start: number): Buffer {
    return Buffer.from(this.buffer.subarray(start, this.used))
  }

  /**
   * The bytes written so far, in a buffer of their own (never a slice of Node's shared pool, so
   * it can be transferred to another thread); the writer is empty again.
   */
  take(): Buffer {
    const taken = Buffer.allocUnsafeSlow(this.used)
    this.buffer.copy(taken, 0, 0, this.used)
    this.used = 0
    return taken
  }

  /**
   * The bytes written so far, for handing to another thread: the buffer itself (no copy) when
   * they fill most of it, else a copy of just the bytes, so what is sent is never mostly empty.
   * The writer is empty again, in a spare buffer when it has one as large.
   */
  takeBuffer(): Uint8Array {
    if (this.used * 2 < this.buffer.length) {
      return this.take()
    }
    const taken = new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.used)
    this.buffer = this.spareOf(this.buffer.length) ?? Buffer.allocUnsafeSlow(this.buffer.length)
    this.used = 0
    return taken
  }

  /** Takes back a buffer handed over by `takeBuffer` (its bytes no longer needed), to write into again. */
  give(spare: ArrayBuffer): void {
    // A smaller one (a copy of a chunk's few bytes) would never be taken: it is left to be collected.
    if (this.spares.length < MAX_SPARES && spare.byteLength >= this.buffer.length) {
      this.spares.push(spare)
    }
  }

  /** A spare buffer of at least `size` bytes, if one was given back. */
  private spareOf(size: number): Buffer<ArrayBuffer> | undefined {
    const index = this.spares.findIndex((spare) => spare.byteLength >= size)
    if (index === -1) {
      return undefined
    }
    const [spare] = this.spares.splice(index, 1)
    return Buffer.from(spare as ArrayBuffer)
  }

  private reserve(extra: number): void {
    if (this.used + extra <= this.buffer.length) {
      return
    }
    let size = this.buffer.length * 2
    while (size < this.used + extra) {
      size *= 2
    }
    const grown = Buffer.allocUnsafeSlow(size)
    this.buffer.copy(grown, 0, 0, this.used)
    this.buffer = grown
  }
}
