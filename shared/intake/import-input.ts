/**
 * The one importer: an input's bytes (a file) or text (pasted) and its source name become one
 * input (format, encoding, facts, notes), or a message that names the source and the problem.
 *
 * Every way in calls it: main's file reader (the open dialog and the collector's output), the
 * renderer's drop and paste, and the command line. The format is detected once per input, and the
 * contract's JSON is parsed and checked against its schema once.
 */
import { readAssessment } from '../assessments/migrations'
import { ASSESSMENT_KIND, type Assessment } from '../assessments/assessment'
import { decodeText } from '../import/decode-text'
import { ACCEPTED_INPUTS, importTextForm } from '../import/import-text-form'
import { CHOOSE_DETAILS, describeDocumentProblems, describeInputProblem, describeTooLarge, MAX_INPUT_BYTES } from '../import/input-messages'
import { checkInstallDetails, describeJsonError } from '../import/parse-install-details'
import { detectFormat } from '../import/text-forms/detect-format'
import type { Fact, InputFormat } from '../import/text-forms/types'
import { parseJsonWithin, TOO_DEEP_MESSAGE } from '../json/json-depth'
import type { InstallDetails } from '../types/install-details'
import { flattenDocument } from './dotted-path'

/** The text encodings the importer reads from bytes. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le'

/** Why an input was refused, as the IPC error codes name it. */
export type InputRefusal = 'file-too-large' | 'file-not-text' | 'invalid-json' | 'invalid-document'

/** A file's bytes and its name. */
export interface BytesSource {
  readonly name: string
  readonly bytes: Uint8Array
  /** The size limit (tests lower it); `MAX_INPUT_BYTES` by default. */
  readonly maxBytes?: number
}

/** Text already in hand (pasted) and its label. */
export interface TextSource {
  readonly name: string
  readonly text: string
}

/** One input read: its format and encoding, the facts as read and the notes on what was not used. */
export interface InputRead<Encoding> {
  readonly kind: 'input'
  readonly format: InputFormat
  /** How the bytes were decoded; undefined for text given as text. */
  readonly encoding: Encoding
  /** As read: pass them through `toInputFacts` before keeping them in the wizard. */
  readonly facts: readonly Fact[]
  readonly notes: readonly string[]
  /** The validated document, when the input is the contract's JSON. */
  readonly details?: InstallDetails
}

/** A saved assessment file (only for the caller that reads them: the command line). */
export interface AssessmentFileRead<Encoding> {
  readonly kind: 'assessment'
  readonly encoding: Encoding
  readonly assessment: Assessment
}

/** The refusal of an input, and its message (starting with the source's name). */
export interface InputRefused {
  readonly ok: false
  readonly code: InputRefusal
  readonly message: string
}

/** What the importer gives: the input, or the refusal and its message. */
export type ImportOutcome<Encoding> = ({ readonly ok: true } & InputRead<Encoding>) | InputRefused

/** What the command line's importer gives: an input, a saved assessment, or the refusal. */
export type FileImportOutcome = ImportOutcome<TextEncoding> | ({ readonly ok: true } & AssessmentFileRead<TextEncoding>)

/** Reads a parsed JSON value as something other than install details, or says it is not (undefined). */
type OtherJson<Other> = (value: unknown, sourceName: string) => Other | undefined

/** Decoded text and its encoding, or the refusal. */
export type DecodedInput = { readonly ok: true; readonly text: string; readonly encoding: TextEncoding } | InputRefused

/** Decodes an input's bytes: over the size limit, binary, an unread encoding or blank is refused. */
export function decodeInputBytes(sourceName: string, bytes: Uint8Array, maxBytes: number = MAX_INPUT_BYTES): DecodedInput {
  if (bytes.length > maxBytes) {
    return { ok: false, code: 'file-too-large', message: describeTooLarge(sourceName, bytes.length, maxBytes) }
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) {
    return { ok: false, code: 'file-not-text', message: describeInputProblem(sourceName, decoded.problem, CHOOSE_DETAILS) }
  }
  // An empty file is most often a collector or redirect that wrote nothing: say so, not "not a format the app reads".
  if (decoded.text.trim() === '') {
    const problem = bytes.length === 0 ? 'the file is empty (0 bytes)' : 'the file holds only blank space'
    return { ok: false, code: 'invalid-document', message: describeInputProblem(sourceName, problem, `Run the collector or the PowerShell command again and save its output. ${CHOOSE_DETAILS}`) }
  }
  return decoded
}

function documentRefusal(sourceName: string, kind: Parameters<typeof describeDocumentProblems>[0], problems: readonly string[]): InputRefused {
  const { problem, advice } = describeDocumentProblems(kind, problems)
  return { ok: false, code: kind === 'json' ? 'invalid-json' : 'invalid-document', message: describeInputProblem(sourceName, problem, advice) }
}

/**
 * JSON text: parsed once; read as the other kind when `other` takes it, else checked once as
 * install details. With `isFactsLazy`, a document's facts are flattened only when first read (the
 * command line assesses the document itself and reads them only to merge it with other files).
 */
function importJson<Encoding, Other>(sourceName: string, text: string, encoding: Encoding, other: OtherJson<Other>, isFactsLazy: boolean): ImportOutcome<Encoding> | Other {
  const json = parseJsonWithin(text)
  if (!json.ok) {
    return json.problem === 'json'
      ? documentRefusal(sourceName, 'json', [describeJsonError(json.error, text)])
      : documentRefusal(sourceName, 'too-deep', [TOO_DEEP_MESSAGE])
  }
  const read = other(json.value, sourceName)
  if (read !== undefined) {
    return read
  }
  const checked = checkInstallDetails(json.value)
  if (!checked.ok) {
    return documentRefusal(sourceName, checked.problem, checked.problems)
  }
  const details = checked.details
  if (!isFactsLazy) {
    return { ok: true, kind: 'input', format: 'install-details-json', encoding, facts: flattenDocument(details), notes: checked.notes, details }
  }
  let facts: readonly Fact[] | undefined
  const input = { ok: true, kind: 'input', format: 'install-details-json', encoding, notes: checked.notes, details } as const
  return Object.defineProperty(input, 'facts', { enumerable: true, get: () => (facts ??= flattenDocument(details)) }) as typeof input & { readonly facts: readonly Fact[] }
}

/** Decoded text: the format detected once, then its one parser. */
function importText<Encoding, Other>(sourceName: string, text: string, encoding: Encoding, other: OtherJson<Other>, isFactsLazy = false): ImportOutcome<Encoding> | Other {
  const format = detectFormat(text)
  if (format === undefined) {
    return { ok: false, code: 'invalid-document', message: `${sourceName}: this is not a format the app reads. Expected ${ACCEPTED_INPUTS}.` }
  }
  if (format === 'install-details-json') {
    return importJson(sourceName, text, encoding, other, isFactsLazy)
  }
  const imported = importTextForm(format, text, sourceName)
  return imported.ok
    ? { ok: true, kind: 'input', format, encoding, facts: imported.facts, notes: imported.notes }
    : { ok: false, code: 'invalid-document', message: imported.message }
}

const NO_OTHER_JSON: OtherJson<never> = () => undefined

/**
 * Imports one input: bytes are decoded (size, encoding and blank checks first), text is taken as
 * it is. Never throws: anything unreadable becomes a message starting with the source's name.
 */
export function importInput(source: BytesSource): ImportOutcome<TextEncoding>
export function importInput(source: TextSource): ImportOutcome<undefined>
export function importInput(source: BytesSource | TextSource): ImportOutcome<TextEncoding | undefined> {
  if ('text' in source) {
    return importText(source.name, source.text, undefined, NO_OTHER_JSON)
  }
  const decoded = decodeInputBytes(source.name, source.bytes, source.maxBytes)
  return decoded.ok ? importText(source.name, decoded.text, decoded.encoding, NO_OTHER_JSON) : decoded
}

function savedAssessment(value: unknown, sourceName: string, encoding: TextEncoding): FileImportOutcome | undefined {
  if ((value as { kind?: unknown } | null)?.kind !== ASSESSMENT_KIND) {
    return undefined
  }
  const read = readAssessment(value)
  return read.ok
    ? { ok: true, kind: 'assessment', encoding, assessment: read.assessment }
    : { ok: false, code: 'invalid-document', message: `${sourceName}: this saved assessment cannot be read: ${read.message}.` }
}

/**
 * `importInput` for the command line, which also reads saved assessment files (their `kind`,
 * read from the JSON the importer parses anyway, tells them from install details). A document's
 * facts are flattened when first read, not before.
 */
export function importInputOrAssessment(source: BytesSource): FileImportOutcome {
  const decoded = decodeInputBytes(source.name, source.bytes, source.maxBytes)
  if (!decoded.ok) {
    return decoded
  }
  return importText(source.name, decoded.text, decoded.encoding, (value, name) => savedAssessment(value, name, decoded.encoding), true)
}
