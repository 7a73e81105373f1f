/**
 * One server's line of `--format jsonl` written as bytes: exactly the UTF-8 of `jsonlServerLine`
 * (`shared/report/format-jsonl.ts`), without building the line's objects or one string for it.
 *
 * The line is written piece by piece: the keys and each rule's id as bytes encoded once, the
 * rule's remediation (the pack-filled arrays every finding of a run shares) as bytes encoded once by identity, and
 * each finding's evidence and data value by value, their keys encoded once (`JSON.stringify` on
 * each of them cost as much as the rules themselves). Nearly every piece is
 * ASCII, so the controls check is a length comparison rather than a scan of the whole line, and
 * one character beyond Latin-1 in one remediation no longer makes the whole line's string
 * two bytes a character (`npm run bench`, "Fleet assessment").
 */
import { safeJsonStringify } from '~shared/report/control-characters'
import { jsonlServerLine } from '~shared/report/format-jsonl'
import { ownRemediation, type RuleCatalogue } from '~shared/report/rule-catalogue'
import type { ContractServer } from '~shared/report/fleet-input'
import type { Finding } from '~shared/rules/types'
import { ByteWriter } from './byte-writer'

const LINE_HEAD = Buffer.from('{"type":"server","source":')
const NAME_KEY = Buffer.from(',"name":')
const VERDICT_KEY = Buffer.from(',"verdict":')
const FINDINGS_KEY = Buffer.from(',"findings":[')
const CONFLICTS_KEY = Buffer.from('],"conflicts":')
const FINDINGS_END = Buffer.from(']')
const LINE_END = Buffer.from('}\n')
const STATUS_KEY = Buffer.from(',"status":')
const MESSAGE_KEY = Buffer.from(',"message":')
const EVIDENCE_KEY = Buffer.from(',"evidence":')
const DATA_KEY = Buffer.from(',"data":')
const REMEDIATION_KEY = Buffer.from(',"remediation":')
const NULL = Buffer.from('null')
const TRUE = Buffer.from('true')
const FALSE = Buffer.from('false')
/** The text of the integers 0 to 1023, which are most of the numbers in evidence and data. */
const SMALL_INTEGERS = Array.from({ length: 1024 }, (_, value) => Buffer.from(String(value)))
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
/** Nesting written value by value; anything deeper is left to JSON.stringify (input documents nest at most 64 levels). */
const MAX_PLAIN_DEPTH = 64

/** Bound on the ids remembered, so unusual input cannot grow the table without end. */
const MAX_REMEMBERED = 4096

/**
 * True for a value with its own `toJSON`: JSON.stringify passes it the key it sits under, which a
 * piece written on its own would not, so such a server or finding is written the straightforward way.
 */
function hasToJson(value: unknown): boolean {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
}

/** True for a value JSON.stringify leaves out of an object (a key with it is not written). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** Writes server lines of JSON Lines into a {@link ByteWriter}, remembering the rules' parts. */
export class JsonlLineWriter {
  private readonly ruleHeads = new Map<string, Buffer>()
  private readonly remediations = new Map<readonly unknown[], Buffer>()
  /** A record's keys as written (`"key":`), by the key's text. */
  private readonly keys = new Map<string, Buffer>()
  /** The last evidence `from` written and its bytes: every entry of a one-file server has the same. */
  private lastFrom = ''
  private lastFromBytes = Buffer.from('""')

  /** `remediations` are the rules' step lists the findings share (pack-filled): each is encoded once, by identity. */
  constructor(
    private readonly catalogue: RuleCatalogue,
    remediations: Iterable<readonly unknown[]>,
    readonly out: ByteWriter = new ByteWriter(),
  ) {
    for (const steps of remediations) {
      this.remediations.set(steps, Buffer.from(safeJsonStringify(steps)))
    }
  }

  /** Writes `server`'s line, `\n` included. */
  server(server: ContractServer): void {
    const out = this.out
    const { source, name, verdict, findings, conflicts } = server
    if (!Array.isArray(findings) || [source, name, verdict].some(isOmitted) || [source, name, verdict, conflicts].some(hasToJson)) {
      // Not the engine's kind of server: the straightforward line.
      out.text(jsonlServerLine(server, this.catalogue))
      return
    }
    out.bytes(LINE_HEAD)
    this.value(source)
    out.bytes(NAME_KEY)
    this.value(name)
    out.bytes(VERDICT_KEY)
    this.value(verdict)
    out.bytes(FINDINGS_KEY)
    for (let index = 0; index < findings.length; index += 1) {
      if (index > 0) {
        out.byte(COMMA)
      }
      this.finding(findings[index] as Finding)
    }
    if (conflicts !== undefined && conflicts.length > 0) {
      out.bytes(CONFLICTS_KEY)
      this.value(conflicts)
    } else {
      out.bytes(FINDINGS_END)
    }
    out.bytes(LINE_END)
  }

  /** `{ ruleId, status, message, evidence, data }`, and `remediation` when the finding's own, as the line's objects are written. */
  private finding(finding: Finding): void {
    const out = this.out
    const remediation = ownRemediation(finding, this.catalogue)
    const { ruleId, status, message, evidence, data } = finding
    if (typeof ruleId !== 'string' || [status, message, evidence, data, remediation].some(hasToJson)) {
      // Not the engine's kind of finding: the same object the straightforward line builds.
      const own = { ruleId, status, message, evidence, data }
      out.json(JSON.stringify(remediation === undefined ? own : { ...own, remediation }))
      return
    }
    out.bytes(this.ruleHead(ruleId))
    this.field(STATUS_KEY, status)
    this.field(MESSAGE_KEY, message)
    this.plainField(EVIDENCE_KEY, evidence)
    this.plainField(DATA_KEY, data)
    if (remediation !== undefined) {
      const known = this.remediations.get(remediation)
      if (known === undefined) {
        this.field(REMEDIATION_KEY, remediation)
      } else {
        out.bytes(REMEDIATION_KEY)
        out.bytes(known)
      }
    }
    out.byte(CLOSE_BRACE)
  }

  /** `{"ruleId":"…"` for `ruleId`, encoded once. */
  private ruleHead(ruleId: string): Buffer {
    let head = this.ruleHeads.get(ruleId)
    if (head === undefined) {
      if (this.ruleHeads.size >= MAX_REMEMBERED) {
        this.ruleHeads.clear()
      }
      head = Buffer.from(`{"ruleId":${safeJsonStringify(ruleId)}`)
      this.ruleHeads.set(ruleId, head)
    }
    return head
  }

  /** `,"key":value` after the ruleId, or nothing when JSON.stringify leaves the value out of an object. */
  private field(key: Buffer, value: unknown): void {
    if (isOmitted(value)) {
      return
    }
    this.out.bytes(key)
    if (typeof value === 'string') {
      this.out.jsonString(value)
    } else {
      this.out.json(JSON.stringify(value))
    }
  }

  /**
   * `,"key":value` like {@link field}, the value written piece by piece when it is plain data
   * (records, arrays, strings, numbers, booleans, null); anything else in it (a `toJSON`, a class
   * instance, a boxed value, a bigint, deep nesting) has what was written of it dropped, and the
   * whole value goes through JSON.stringify, as before.
   */
  private plainField(key: Buffer, value: unknown): void {
    if (isOmitted(value)) {
      return
    }
    const out = this.out
    out.bytes(key)
    const start = out.length
    if (!this.plain(value, 0)) {
      out.rewind(start)
      out.json(JSON.stringify(value))
    }
  }

  /** Writes a value (not omitted) as JSON.stringify does, or answers false for one it does not write. */
  private plain(value: unknown, depth: number): boolean {
    const out = this.out
    switch (typeof value) {
      case 'string':
        out.jsonString(value)
        return true
      case 'number': {
        const small = Number.isInteger(value) && value >= 0 ? SMALL_INTEGERS[value] : undefined
        if (small === undefined) {
          out.text(Number.isFinite(value) ? String(value) : 'null')
        } else {
          out.bytes(small)
        }
        return true
      }
      case 'boolean':
        out.bytes(value ? TRUE : FALSE)
        return true
      case 'object':
        break
      default:
        return false
    }
    if (value === null) {
      out.bytes(NULL)
      return true
    }
    if (depth >= MAX_PLAIN_DEPTH || hasToJson(value)) {
      return false
    }
    if (Array.isArray(value)) {
      return this.plainArray(value, depth)
    }
    const prototype: unknown = Object.getPrototypeOf(value)
    return (prototype === Object.prototype || prototype === null) && this.plainRecord(value as Readonly<Record<string, unknown>>, depth)
  }

  /** `[…]`: an element JSON.stringify leaves out of an object is `null` in an array. */
  private plainArray(array: readonly unknown[], depth: number): boolean {
    const out = this.out
    out.byte(OPEN_BRACKET)
    for (let index = 0; index < array.length; index += 1) {
      if (index > 0) {
        out.byte(COMMA)
      }
      const item = array[index]
      if (isOmitted(item)) {
        out.bytes(NULL)
      } else if (!this.plain(item, depth + 1)) {
        return false
      }
    }
    out.byte(CLOSE_BRACKET)
    return true
  }

  /** `{…}`: the own keys in order, a key whose value JSON.stringify leaves out not written. */
  private plainRecord(record: Readonly<Record<string, unknown>>, depth: number): boolean {
    const out = this.out
    out.byte(OPEN_BRACE)
    let isFirst = true
    for (const key of Object.keys(record)) {
      const item = record[key]
      if (isOmitted(item)) {
        continue
      }
      if (!isFirst) {
        out.byte(COMMA)
      }
      isFirst = false
      out.bytes(this.keyBytes(key))
      if (key === 'from' && typeof item === 'string') {
        out.bytes(this.fromBytes(item))
      } else if (!this.plain(item, depth + 1)) {
        return false
      }
    }
    out.byte(CLOSE_BRACE)
    return true
  }

  /** An evidence entry's `from` as a JSON string, encoded once for as long as it repeats. */
  private fromBytes(from: string): Buffer {
    if (from !== this.lastFrom) {
      this.lastFrom = from
      this.lastFromBytes = Buffer.from(safeJsonStringify(from))
    }
    return this.lastFromBytes
  }

  /** `"key":` for `key`, encoded once. */
  private keyBytes(key: string): Buffer {
    let bytes = this.keys.get(key)
    if (bytes === undefined) {
      if (this.keys.size >= MAX_REMEMBERED) {
        this.keys.clear()
      }
      bytes = Buffer.from(`${safeJsonStringify(key)}:`)
      this.keys.set(key, bytes)
    }
    return bytes
  }

  /** A value where JSON.stringify writes `null` for what it leaves out (an object's own value is never left out here). */
  private value(value: unknown): void {
    if (typeof value === 'string') {
      this.out.jsonString(value)
    } else if (isOmitted(value)) {
      this.out.bytes(NULL)
    } else {
      this.out.json(JSON.stringify(value))
    }
  }
}
