/**
 * One server's line of `--format jsonl` written as bytes: exactly the UTF-8 of `jsonlServerLine`
 * (`shared/report/format-jsonl.ts`), without building the line's objects or one string for it.
 *
 * The line is written piece by piece: the keys and each rule's id as bytes encoded once, the
 * rule's remediation (the pack-filled arrays every finding of a run shares) as bytes encoded once by identity, and
 * each finding's evidence and data through `JSON.stringify` on their own. Nearly every piece is
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
const CLOSE_BRACE = 0x7d
const COMMA = 0x2c

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
    this.field(EVIDENCE_KEY, evidence)
    this.field(DATA_KEY, data)
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
