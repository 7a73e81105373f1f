/**
 * One FILE read for the command line: the validated document when it is install-details JSON
 * (so a one-file server needs no merge), a saved assessment's inputs and conflict choices when it
 * is a saved assessment file (`kind: entra-connect-assessment`), else the facts its text form gave.
 *
 * Same checks, formats and messages as `readInputFile`, which the app uses.
 */
import { ASSESSMENT_KIND } from '../../shared/assessments/assessment'
import { parseAssessmentText } from '../../shared/assessments/migrations'
import { flattenDocument } from '../../shared/intake/dotted-path'
import type { ConflictChoices } from '../../shared/intake/derive'
import type { SourcedFacts } from '../../shared/import/merge-facts'
import { importInputText } from '../../shared/import/import-input-text'
import { detectFormat } from '../../shared/import/text-forms/detect-format'
import type { Fact } from '../../shared/import/text-forms/types'
import { fail, ok, type Result } from '../../shared/ipc/result'
import type { InstallDetails } from '../../shared/types/install-details'
import { parseDetailsText, readTextFileSync } from '../main/services/read-install-details-file'

/** A FILE's content: a whole document, or facts from a text form. */
export type ServerFile =
  | { readonly kind: 'document'; readonly details: InstallDetails }
  | { readonly kind: 'facts'; readonly facts: readonly Fact[] }
  | {
      readonly kind: 'assessment'
      /** The assessment's name and, when it says so, its server's name. */
      readonly name: string
      readonly serverName: string
      readonly inputs: readonly SourcedFacts[]
      readonly conflictChoices: ConflictChoices
    }

// A saved assessment names its kind near the start; only then is the text read as one.
const ASSESSMENT_KIND_PATTERN = new RegExp(`"kind"\\s*:\\s*"${ASSESSMENT_KIND}"`)

function readAssessmentFile(fileName: string, text: string): Result<ServerFile> {
  const read = parseAssessmentText(text)
  if (!read.ok) {
    return fail('invalid-document', `${fileName}: this saved assessment cannot be read: ${read.message}.`)
  }
  const { name, serverName, inputs, conflictChoices } = read.assessment
  return ok({ kind: 'assessment', name, serverName, inputs, conflictChoices: conflictChoices ?? {} })
}

/**
 * Reads, decodes and parses the FILE at `path`, synchronously (the command line reads one file
 * after another; see `readTextFileSync`). Never throws; a failure's message starts with the file name.
 */
export function readServerFile(path: string): Result<ServerFile> {
  const read = readTextFileSync(path)
  if (!read.ok) {
    return { ok: false, error: read.error }
  }
  const { fileName, encoding, text } = read.value
  if (text.trimStart().startsWith('{') && ASSESSMENT_KIND_PATTERN.test(text.slice(0, 4096))) {
    return readAssessmentFile(fileName, text)
  }
  const format = detectFormat(text) ?? null
  if (format === 'install-details-json') {
    const parsed = parseDetailsText(fileName, encoding, text)
    return parsed.ok ? ok({ kind: 'document', details: parsed.value.details }) : { ok: false, error: parsed.error }
  }
  const imported = importInputText(fileName, text, format)
  return imported.ok ? ok({ kind: 'facts', facts: imported.facts }) : fail(imported.code, imported.message)
}

/** The FILE's inputs for the deriver, labelled `source` (a saved assessment keeps its own inputs' labels). */
export function inputsOf(source: string, file: ServerFile): readonly SourcedFacts[] {
  switch (file.kind) {
    case 'facts':
      return [{ source, facts: file.facts }]
    case 'document':
      return [{ source, facts: flattenDocument(file.details) }]
    case 'assessment':
      return file.inputs
  }
}

const UNSAFE_KEYS = new Set(['', '__proto__', 'constructor', 'prototype'])

/**
 * True when merging the document's own facts gives back the same document: no empty object (its
 * field has no fact, so a merge drops it) and no key a fact path cannot hold (a dot, or a key the
 * merge refuses). Then a one-file server is assessed from the document as it is.
 */
export function survivesMerge(value: Readonly<Record<string, unknown>>): boolean {
  for (const [key, child] of Object.entries(value)) {
    if (UNSAFE_KEYS.has(key) || key.includes('.')) {
      return false
    }
    if (child !== null && typeof child === 'object' && !Array.isArray(child)) {
      const record = child as Readonly<Record<string, unknown>>
      if (Object.keys(record).length === 0 || !survivesMerge(record)) {
        return false
      }
    }
  }
  return true
}
