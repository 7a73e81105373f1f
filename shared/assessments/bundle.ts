/**
 * An assessment bundle: one file carrying one or several saved assessments, for sharing between
 * consultants' machines.
 *
 * Reading checks the bundle once and each entry on its own, so one bad entry is reported by its
 * position (and name, where it has one) while the others still import.
 */
import { ASSESSMENT_KIND, type Assessment } from './assessment'
import { readAssessment } from './migrations'
import {
  checkVersionedDocument,
  documentProblem,
  parseJsonText,
  type DocumentProblem,
  type DocumentProblemCode,
} from './versioned-document'
import { MAX_BUNDLE_ENTRIES } from './bundle-limits'

/** The `kind` of a bundle file. */
export const BUNDLE_KIND = 'entra-connect-assessment-bundle'
/** The bundle schema version this build writes and reads. */
export const BUNDLE_SCHEMA_VERSION = 1
export { MAX_BUNDLE_ENTRIES } from './bundle-limits'

/** The bundle document. */
export interface AssessmentBundle {
  readonly kind: typeof BUNDLE_KIND
  readonly schemaVersion: typeof BUNDLE_SCHEMA_VERSION
  /** ISO 8601 instant of the export. */
  readonly exportedAt: string
  readonly assessments: readonly Assessment[]
}

/** One entry of a bundle read: the assessment, or why entry `index` (0-based) was refused. */
export type BundleEntry =
  | { readonly ok: true; readonly index: number; readonly assessment: Assessment; readonly migratedFrom?: number }
  | { readonly ok: false; readonly index: number; readonly name?: string; readonly code: DocumentProblemCode; readonly message: string }

/** Builds the bundle document for `assessments`, stamped `exportedAt`. */
export function createBundle(assessments: readonly Assessment[], exportedAt: string): AssessmentBundle {
  return { kind: BUNDLE_KIND, schemaVersion: BUNDLE_SCHEMA_VERSION, exportedAt, assessments }
}

function nameOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined
  }
  const record = value as Record<string, unknown>
  const name = typeof record.name === 'string' ? record.name : record.title
  return typeof name === 'string' && name.trim() !== '' ? name.slice(0, 200) : undefined
}

function readEntry(value: unknown, index: number): BundleEntry {
  const read = readAssessment(value)
  if (read.ok) {
    return { ok: true, index, assessment: read.assessment, ...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom }) }
  }
  const name = nameOf(value)
  return { ok: false, index, ...(name === undefined ? {} : { name }), code: read.code, message: read.message }
}

/**
 * Reads a parsed bundle into its entries. A single saved assessment is accepted as a bundle of one,
 * so a file copied out of the assessments folder imports too.
 */
export function readBundle(value: unknown): { readonly ok: true; readonly entries: readonly BundleEntry[] } | DocumentProblem {
  const kind = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).kind : undefined
  if (kind === ASSESSMENT_KIND) {
    return { ok: true, entries: [readEntry(value, 0)] }
  }
  const checked = checkVersionedDocument(value, BUNDLE_KIND, BUNDLE_SCHEMA_VERSION)
  if (!checked.ok) {
    return checked
  }
  const entries = checked.record.assessments
  if (!Array.isArray(entries)) {
    return documentProblem('invalid', '"assessments" is not a list')
  }
  if (entries.length > MAX_BUNDLE_ENTRIES) {
    return documentProblem('invalid', `it holds ${entries.length} assessments; at most ${MAX_BUNDLE_ENTRIES} are imported at once`)
  }
  return { ok: true, entries: entries.map((entry: unknown, index) => readEntry(entry, index)) }
}

/** Parses bundle text and reads it (see `readBundle`). */
export function parseBundleText(text: string): ReturnType<typeof readBundle> {
  const json = parseJsonText(text)
  return json.ok ? readBundle(json.value) : json
}
