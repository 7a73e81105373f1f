/**
 * One input's text or bytes into facts, with the same checks and messages on every way in: main's
 * file reader, and the renderer's drop and paste.
 */
import { decodeText } from './decode-text'
import { flattenDocument, importInput } from './import-input'
import { CHOOSE_DETAILS, describeDocumentProblems, describeInputProblem, describeTooLarge, MAX_INPUT_BYTES } from './input-messages'
import { parseInstallDetails } from './parse-install-details'
import { detectFormat } from './text-forms/detect-format'
import type { Fact, InputFormat } from './text-forms/types'

/** Why an input was refused, as the IPC error codes name it. */
export type InputRefusal = 'file-too-large' | 'file-not-text' | 'invalid-json' | 'invalid-document'

/** An imported input, or the refusal and its message (starting with the source's name). */
export type InputTextResult =
  | { readonly ok: true; readonly format: InputFormat; readonly facts: readonly Fact[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly code: InputRefusal; readonly message: string }

/** Decoded input: the text and its encoding, or the refusal. */
export type DecodedInput =
  | { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' }
  | { readonly ok: false; readonly code: InputRefusal; readonly message: string }

/**
 * Imports `text` from `sourceName` (a file name, or "pasted text"); the format is detected.
 *
 * The contract's JSON gets the reader's advice per problem; a text form gets the importer's
 * message. The facts are as read: pass them through `toInputFacts` before keeping them in the
 * wizard. Never throws. A caller that has already detected the format passes it (`null` for none),
 * so the text is scanned for its format once.
 */
export function importInputText(sourceName: string, text: string, detected?: InputFormat | null): InputTextResult {
  const format = detected === undefined ? (detectFormat(text) ?? null) : detected
  if (format === 'install-details-json') {
    const parsed = parseInstallDetails(text)
    if (!parsed.ok) {
      const { problem, advice } = describeDocumentProblems(parsed.problem, parsed.problems)
      return { ok: false, code: parsed.problem === 'json' ? 'invalid-json' : 'invalid-document', message: describeInputProblem(sourceName, problem, advice) }
    }
    return { ok: true, format: 'install-details-json', facts: flattenDocument(parsed.details), notes: parsed.notes }
  }
  const imported = importInput(text, sourceName, format)
  if (!imported.ok) {
    return { ok: false, code: imported.problem === 'json' ? 'invalid-json' : 'invalid-document', message: imported.message }
  }
  return { ok: true, format: imported.format, facts: imported.facts, notes: imported.notes }
}

/** Decodes an input's bytes: over the size limit, binary or an unread encoding is refused. */
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
