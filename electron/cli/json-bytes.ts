/**
 * One server of `--format json` written as bytes: exactly the UTF-8 of what
 * `JSON.stringify(document, null, 2)` writes for it as an element of `servers`.
 *
 * A fleet's output repeats each rule's identity, title, sources, remediation, explanation and
 * caveat for every server (10,000 servers: about 450 MB). Those parts come from the rule pack,
 * whose objects are never changed, so their text is encoded once, at the depth findings sit in
 * the document, and copied in as bytes. So are the texts that recur from finding to finding,
 * remembered by their own text (which cannot change): message ids, evidence paths and data keys
 * with the indentation around them, each evidence entry's `from`. Only the rest (status, message,
 * values) is written anew, straight into the buffer (`npm run bench`, "Fleet assessment").
 *
 * A finding whose fields are not the engine's, in the engine's order, is written generically.
 */
import type { Finding } from '~shared/rules/types'
import type { ServerAssessment } from './assessment-document'
import { ByteWriter } from './byte-writer'
import { safeJsonStringify } from '~shared/report/control-characters'

const STEP = '  '
const SERVER_INDENT = STEP.repeat(2)
const SERVER_FIELD_INDENT = STEP.repeat(3)
const FINDING_INDENT = STEP.repeat(4)
const FIELD = `\n${STEP.repeat(5)}`
const FIELD_INDENT = STEP.repeat(5)

/** The engine's finding fields, in the engine's order (`shared/rules/evaluate.ts`); `caveat`, then `headline`, may follow. */
const FINDING_KEYS = ['ruleId', 'step', 'status', 'severity', 'title', 'message', 'messageId', 'evidence', 'remediation', 'sources', 'data', 'why', 'confidence'] as const
/** The optional fields after them, in order. */
const OPTIONAL_FINDING_KEYS = ['caveat', 'headline'] as const

const EMPTY_ARRAY = Buffer.from('[]')

/** Bounds on what is remembered, so unusual input cannot grow the caches without end. */
const MAX_REMEMBERED = 4096

/** `JSON.stringify(value, null, 2)` as it reads when the value starts at `indent`. */
function stringifyAt(value: unknown, indent: string): string {
  const text = safeJsonStringify(value, null, 2)
  return text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * A record written field by field: a plain object (made by a literal or JSON.parse) with no
 * `toJSON`. Anything else that is an object (arrays, dates, boxed values, class instances) is
 * left to JSON.stringify.
 */
function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object') {
    return false
  }
  const prototype: unknown = Object.getPrototypeOf(value)
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function'
}

/** Indentation `depth` steps in. */
function indentOf(depth: number): string {
  return STEP.repeat(depth)
}

const EVIDENCE_KEY = `${FIELD_INDENT}${STEP}`
const EVIDENCE_FIELD = `\n${FIELD_INDENT}${STEP}${STEP}`
/** How many steps in a server, findings' fields, and evidence entries' values start. */
const SERVER_DEPTH = 2
const FIELD_DEPTH = 5
const EVIDENCE_VALUE_DEPTH = 7

const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const FIRST_FINDING = Buffer.from(`[\n${FINDING_INDENT}`)
const NEXT_FINDING = Buffer.from(`,\n${FINDING_INDENT}`)
const FINDINGS_END = Buffer.from(`\n${SERVER_FIELD_INDENT}]`)
const AFTER_EVIDENCE = Buffer.from(`,${FIELD}"remediation": `)
const AFTER_DATA = Buffer.from(`,${FIELD}"why": `)
const FINDING_END = Buffer.from(`\n${FINDING_INDENT}}`)
const HEADLINE_KEY = Buffer.from(`,${FIELD}"headline": `)
const FIRST_SERVER = Buffer.from(`\n${SERVER_INDENT}`)
const NEXT_SERVER = Buffer.from(`,\n${SERVER_INDENT}`)
const EMPTY_RECORD = Buffer.from('{}')
const TRUE = Buffer.from('true')
const FALSE = Buffer.from('false')
const NULL = Buffer.from('null')
/** The text of the integers 0 to 1023, which are most of the numbers in evidence and data. */
const SMALL_INTEGERS = Array.from({ length: 1024 }, (_, value) => Buffer.from(String(value)))

/** An engine evidence entry: a plain record of exactly `value` then `from`, `from` text and `value` written. */
function isEngineEvidenceEntry(entry: unknown): entry is { readonly value: unknown; readonly from: string } {
  if (!isPlainRecord(entry)) {
    return false
  }
  const keys = Object.keys(entry)
  const candidate = entry as { readonly value?: unknown; readonly from?: unknown }
  return keys.length === 2 && keys[0] === 'value' && keys[1] === 'from' && typeof candidate.from === 'string' && !isOmitted(candidate.value)
}

/**
 * Encoded bytes by the text they were made from. Text never changes, so nothing remembered can
 * go stale; when full, everything is forgotten (unusual input cannot grow it without end, and
 * a new server's paths still get remembered).
 */
class EncodedText {
  private readonly known = new Map<string, Buffer>()

  /** `encode` turns the text into what is written for it. */
  constructor(private readonly encode: (text: string) => string) {}

  /** The bytes of `encode(text)`. */
  get(text: string): Buffer {
    let bytes = this.known.get(text)
    if (bytes === undefined) {
      if (this.known.size >= MAX_REMEMBERED) {
        this.known.clear()
      }
      bytes = Buffer.from(this.encode(text))
      this.known.set(text, bytes)
    }
    return bytes
  }
}

/** The text that is the same for every finding of one rule, encoded once. */
interface RuleParts {
  readonly finding: Pick<Finding, 'ruleId' | 'step' | 'severity' | 'title' | 'sources' | 'why'>
  /** `{` … `"status": ` */
  readonly head: Buffer
  /** `, "severity": …, "title": …, "message": ` */
  readonly afterStatus: Buffer
  /** `, "sources": […], "data": ` */
  readonly afterRemediation: Buffer
  /** `"why text", "confidence": ` (the data's closing brace and `"why": ` come before it) */
  readonly why: Buffer
}

function encodeRuleParts(finding: Finding): RuleParts {
  const q = safeJsonStringify
  return {
    finding: { ruleId: finding.ruleId, step: finding.step, severity: finding.severity, title: finding.title, sources: finding.sources, why: finding.why },
    head: Buffer.from(`{${FIELD}"ruleId": ${q(finding.ruleId)},${FIELD}"step": ${q(finding.step)},${FIELD}"status": `),
    afterStatus: Buffer.from(`,${FIELD}"severity": ${q(finding.severity)},${FIELD}"title": ${q(finding.title)},${FIELD}"message": `),
    afterRemediation: Buffer.from(`,${FIELD}"sources": ${stringifyAt(finding.sources, FIELD_INDENT)},${FIELD}"data": `),
    why: Buffer.from(`${q(finding.why)},${FIELD}"confidence": `),
  }
}

/** True when `finding` has exactly the engine's fields, in its order, of the expected kinds. */
function isEngineFinding(finding: object): finding is Finding {
  let index = 0
  let optional = 0
  for (const key in finding) {
    if (index < FINDING_KEYS.length) {
      if (key !== FINDING_KEYS[index]) {
        return false
      }
      index += 1
      continue
    }
    // An optional key may be skipped, never repeated or reordered.
    while (optional < OPTIONAL_FINDING_KEYS.length && OPTIONAL_FINDING_KEYS[optional] !== key) {
      optional += 1
    }
    if (optional === OPTIONAL_FINDING_KEYS.length) {
      return false
    }
    optional += 1
  }
  const candidate = finding as Finding
  return (
    index === FINDING_KEYS.length &&
    typeof candidate.ruleId === 'string' &&
    typeof candidate.step === 'string' &&
    typeof candidate.status === 'string' &&
    typeof candidate.severity === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.message === 'string' &&
    typeof candidate.messageId === 'string' &&
    isPlainRecord(candidate.evidence) &&
    Array.isArray(candidate.remediation) &&
    Array.isArray(candidate.sources) &&
    isPlainRecord(candidate.data) &&
    typeof candidate.why === 'string' &&
    typeof candidate.confidence === 'string' &&
    (!('caveat' in candidate) || typeof candidate.caveat === 'string') &&
    (!('headline' in candidate) || typeof candidate.headline === 'string')
  )
}

/** Writes servers' JSON into a {@link ByteWriter}, remembering the rule pack's parts across servers. */
export class ServerJsonWriter {
  private readonly rules = new Map<string, RuleParts>()
  private readonly arrays = new WeakMap<readonly unknown[], Buffer>()
  private readonly messageIds = new EncodedText((id) => `,${FIELD}"messageId": ${safeJsonStringify(id)},${FIELD}"evidence": `)
  private readonly evidenceKeys = new EncodedText((key) => `\n${EVIDENCE_KEY}${safeJsonStringify(key)}: {${EVIDENCE_FIELD}"value": `)
  private readonly evidenceFroms = new EncodedText((from) => `,${EVIDENCE_FIELD}"from": ${safeJsonStringify(from)}\n${EVIDENCE_KEY}}`)
  /** By depth: a record's keys (`\n`, indentation, `"key": `). */
  private readonly recordKeys: EncodedText[] = []
  /** By depth: a record's closing (`\n`, indentation, `}`). */
  private readonly recordEnds: Buffer[] = []
  /** By depth: `\n` and the indentation. */
  private readonly lineStarts: Buffer[] = []
  private readonly caveats = new EncodedText((caveat) => `,${FIELD}"caveat": ${safeJsonStringify(caveat)}`)

  constructor(readonly out: ByteWriter = new ByteWriter()) {}

  /** Writes `server` as the `index`-th element of `servers` (0 is the first), with the comma or newline before it. */
  server(server: ServerAssessment, index: number): void {
    this.out.bytes(index === 0 ? FIRST_SERVER : NEXT_SERVER)
    this.record(server, SERVER_DEPTH, 'findings')
  }

  private findings(findings: readonly unknown[]): void {
    const out = this.out
    if (findings.length === 0) {
      out.text('[]')
      return
    }
    let separator = FIRST_FINDING
    for (const finding of findings) {
      out.bytes(separator)
      if (finding !== null && typeof finding === 'object' && isEngineFinding(finding)) {
        this.finding(finding)
      } else {
        out.text(stringifyAt(finding ?? null, FINDING_INDENT) ?? 'null')
      }
      separator = NEXT_FINDING
    }
    out.bytes(FINDINGS_END)
  }

  private finding(finding: Finding): void {
    const out = this.out
    const parts = this.ruleParts(finding)
    out.bytes(parts.head)
    out.jsonString(finding.status)
    out.bytes(parts.afterStatus)
    out.jsonString(finding.message)
    out.bytes(this.messageIds.get(finding.messageId))
    this.evidence(finding.evidence)
    this.remediation(finding.remediation)
    out.bytes(parts.afterRemediation)
    this.record(finding.data, FIELD_DEPTH)
    out.bytes(AFTER_DATA)
    out.bytes(parts.why)
    out.jsonString(finding.confidence)
    if (finding.caveat !== undefined) {
      out.bytes(this.caveats.get(finding.caveat))
    }
    if (finding.headline !== undefined) {
      out.bytes(HEADLINE_KEY)
      out.jsonString(finding.headline)
    }
    out.bytes(FINDING_END)
  }

  /**
   * A finding's evidence (field path → `{ value, from }`) and the `"remediation": ` after it.
   * Written directly when every entry has exactly those two fields (the engine's), else as any record.
   */
  private evidence(evidence: Readonly<Record<string, unknown>>): void {
    const out = this.out
    const keys = Object.keys(evidence)
    if (keys.length === 0 || !keys.every((key) => isEngineEvidenceEntry(evidence[key]))) {
      this.record(evidence, FIELD_DEPTH)
      out.bytes(AFTER_EVIDENCE)
      return
    }
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string
      const entry = evidence[key] as { readonly value: unknown; readonly from: string }
      out.byte(index === 0 ? OPEN_BRACE : COMMA)
      out.bytes(this.evidenceKeys.get(key))
      this.value(entry.value, EVIDENCE_VALUE_DEPTH)
      out.bytes(this.evidenceFroms.get(entry.from))
    }
    out.bytes(this.recordEnd(FIELD_DEPTH))
    out.bytes(AFTER_EVIDENCE)
  }

  /** A value (not omitted) starting `depth` steps in. */
  private value(value: unknown, depth: number): void {
    const out = this.out
    if (typeof value === 'string') {
      out.jsonString(value)
    } else if (typeof value === 'number') {
      const small = Number.isInteger(value) && value >= 0 ? SMALL_INTEGERS[value] : undefined
      if (small === undefined) {
        out.text(Number.isFinite(value) ? String(value) : 'null')
      } else {
        out.bytes(small)
      }
    } else if (typeof value === 'boolean') {
      out.bytes(value ? TRUE : FALSE)
    } else if (value === null) {
      out.bytes(NULL)
    } else if (isPlainRecord(value)) {
      this.record(value, depth)
    } else if (Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
      this.array(value, depth)
    } else {
      out.text(stringifyAt(value, indentOf(depth)))
    }
  }

  /**
   * A record starting `depth` steps in, as JSON.stringify with two-space indentation writes it.
   * The array under `findingsKey` (a server's `findings`), if given, is written as findings.
   */
  private record(record: object, depth: number, findingsKey?: string): void {
    const out = this.out
    const keys = this.recordKeysAt(depth)
    const fields = record as Readonly<Record<string, unknown>>
    let isEmpty = true
    for (const key of Object.keys(fields)) {
      const value = fields[key]
      if (isOmitted(value)) {
        continue
      }
      out.byte(isEmpty ? OPEN_BRACE : COMMA)
      out.bytes(keys.get(key))
      if (key === findingsKey && Array.isArray(value)) {
        this.findings(value)
      } else {
        this.value(value, depth + 1)
      }
      isEmpty = false
    }
    out.bytes(isEmpty ? EMPTY_RECORD : this.recordEnd(depth))
  }

  /** An array starting `depth` steps in: a missing or unwritable element is `null`, as JSON.stringify writes it. */
  private array(array: readonly unknown[], depth: number): void {
    const out = this.out
    if (array.length === 0) {
      out.bytes(EMPTY_ARRAY)
      return
    }
    const lead = this.lineStart(depth + 1)
    for (let index = 0; index < array.length; index += 1) {
      const item = array[index]
      out.byte(index === 0 ? OPEN_BRACKET : COMMA)
      out.bytes(lead)
      if (isOmitted(item)) {
        out.bytes(NULL)
      } else {
        this.value(item, depth + 1)
      }
    }
    out.bytes(this.lineStart(depth))
    out.byte(CLOSE_BRACKET)
  }

  private lineStart(depth: number): Buffer {
    let start = this.lineStarts[depth]
    if (start === undefined) {
      start = Buffer.from(`\n${indentOf(depth)}`)
      this.lineStarts[depth] = start
    }
    return start
  }

  private recordKeysAt(depth: number): EncodedText {
    let keys = this.recordKeys[depth]
    if (keys === undefined) {
      const indent = indentOf(depth + 1)
      keys = new EncodedText((key) => `\n${indent}${safeJsonStringify(key)}: `)
      this.recordKeys[depth] = keys
    }
    return keys
  }

  private recordEnd(depth: number): Buffer {
    let end = this.recordEnds[depth]
    if (end === undefined) {
      end = Buffer.from(`\n${indentOf(depth)}}`)
      this.recordEnds[depth] = end
    }
    return end
  }

  private ruleParts(finding: Finding): RuleParts {
    const known = this.rules.get(finding.ruleId)
    const same = known?.finding
    if (
      known !== undefined &&
      same !== undefined &&
      same.step === finding.step &&
      same.severity === finding.severity &&
      same.title === finding.title &&
      same.sources === finding.sources &&
      same.why === finding.why
    ) {
      return known
    }
    const parts = encodeRuleParts(finding)
    if (this.rules.size < MAX_REMEMBERED) {
      this.rules.set(finding.ruleId, parts)
    }
    return parts
  }

  /**
   * A finding's remediation, remembered by identity: the rule pack's arrays are never changed.
   * An array met for the first time is written directly and its bytes kept for the next time
   * (the few built afresh for each server are simply written, and forgotten with them).
   */
  private remediation(array: readonly unknown[]): void {
    const out = this.out
    if (array.length === 0) {
      out.bytes(EMPTY_ARRAY)
      return
    }
    const known = this.arrays.get(array)
    if (known !== undefined) {
      out.bytes(known)
      return
    }
    const start = out.length
    this.array(array, FIELD_DEPTH)
    this.arrays.set(array, out.copySince(start))
  }
}
