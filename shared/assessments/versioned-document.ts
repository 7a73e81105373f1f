/**
 * Reading the app's own JSON documents (saved assessments, bundles): text, kind, schema version.
 *
 * Each problem is a code plus a sentence for people, so a file that cannot be read can be listed
 * with its reason and left alone.
 */
import { describeJsonError } from '../import/parse-install-details'
import { parseJsonWithin, TOO_DEEP_MESSAGE } from '../json/json-depth'

/** Why a document was refused. */
export type DocumentProblemCode = 'not-json' | 'wrong-kind' | 'newer-version' | 'invalid'

/** A refused document. */
export interface DocumentProblem {
  readonly ok: false
  readonly code: DocumentProblemCode
  readonly message: string
}

/** A document whose kind matched, with the schema version it declares. */
export interface VersionedRecord {
  readonly ok: true
  readonly record: Readonly<Record<string, unknown>>
  readonly schemaVersion: number
}

/** A problem value. */
export function documentProblem(code: DocumentProblemCode, message: string): DocumentProblem {
  return { ok: false, code, message }
}

/**
 * Parses JSON text (a UTF-8 BOM is allowed); a syntax error says whether the text looks cut short.
 * A document nested past the depth limit is refused (`invalid`) before anything walks it.
 */
export function parseJsonText(text: string): { readonly ok: true; readonly value: unknown } | DocumentProblem {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const json = parseJsonWithin(body)
  if (json.ok) {
    return { ok: true, value: json.value }
  }
  return json.problem === 'json' ? documentProblem('not-json', describeJsonError(json.error, body)) : documentProblem('invalid', TOO_DEEP_MESSAGE)
}

/**
 * Checks `kind` and `schemaVersion`: the kind must match, and the version must be a whole number
 * from 0 to `current` (a newer one was written by a newer build and is refused, not guessed at).
 */
export function checkVersionedDocument(value: unknown, kind: string, current: number): VersionedRecord | DocumentProblem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return documentProblem('wrong-kind', `it is JSON but not an object; expected "${kind}"`)
  }
  const record = value as Record<string, unknown>
  if (record.kind !== kind) {
    const seen = typeof record.kind === 'string' ? `"${record.kind.slice(0, 80)}"` : 'missing'
    return documentProblem('wrong-kind', `"kind" is ${seen}; expected "${kind}"`)
  }
  const version = record.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return documentProblem('invalid', `"schemaVersion" is ${JSON.stringify(version ?? null).slice(0, 40)}; expected a whole number`)
  }
  if (version > current) {
    return documentProblem(
      'newer-version',
      `it was saved by a newer version of the app (schemaVersion ${version}; this version reads up to ${current}). Update the app to open it`,
    )
  }
  return { ok: true, record, schemaVersion: version }
}

/** The first few schema issues as one sentence: `name: Too small; inputs.0.format: Invalid option`. */
export function describeIssues(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[]): string {
  const listed = issues.slice(0, 5).map((issue) => `${issue.path.length === 0 ? 'the document' : issue.path.map(String).join('.')}: ${issue.message}`)
  const more = issues.length - listed.length
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ')
}
