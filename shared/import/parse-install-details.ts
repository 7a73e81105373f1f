/**
 * Parsing install-details JSON text into a validated document, with one clear message per problem.
 */
import {
  INSTALL_DETAILS_KIND,
  INSTALL_DETAILS_SCHEMA_VERSION,
  installDetailsSchema,
  type InstallDetails,
} from '../types/install-details'
import { parseJsonWithin, TOO_DEEP_MESSAGE } from '../json/json-depth'
import { compileSchema, NOT_VALID } from './compile-schema'
import { describeDroppedField } from './dropped-field-note'
import { keepValidFacts, type DocumentCheck } from './keep-valid-facts'

/**
 * The outcome of parsing: the document (with a note for each field left out because it was not
 * valid), or the problems found (each naming the field).
 */
export type ParseResult =
  | { readonly ok: true; readonly details: InstallDetails; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problem: ProblemKind; readonly problems: readonly string[] }

/**
 * What kind of failure: not JSON, nested past the depth limit, not this kind of document, a
 * schema version we don't read, or bad fields.
 */
export type ProblemKind = 'json' | 'too-deep' | 'kind' | 'schema-version' | 'fields'

const MAX_PROBLEMS = 10

/** Says why JSON text did not parse, telling a cut-short text (truncated or empty) from a malformed one. */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error)
  // V8 names the position of the first bad character; at the very end means the text stops early.
  const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN)
  const isTruncated =
    /end of (json )?input|unterminated string/i.test(message) ||
    text.trim().length === 0 ||
    position >= text.trimEnd().length
  return isTruncated
    ? 'the JSON ends early (the file looks truncated or empty)'
    : `it is not valid JSON (${message})`
}

let compiledCheck: ReturnType<typeof compileSchema<typeof installDetailsSchema>> | undefined

/**
 * The schema compiled once, on the first document read (not when the module loads, which main
 * does before its window): a valid document (nearly every file) is checked and copied in one pass.
 */
function checkValidDocument(value: unknown): InstallDetails | typeof NOT_VALID {
  compiledCheck ??= compileSchema(installDetailsSchema)
  return compiledCheck(value)
}

const checkSchema: DocumentCheck = (document) => {
  const parsed = installDetailsSchema.safeParse(document)
  return parsed.success ? { ok: true, details: parsed.data } : { ok: false, issues: parsed.error.issues }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the document' : path.map(String).join('.')
}

/**
 * Parses and validates `text` as an install-details document (its schema: `shared/types/install-details.ts`).
 *
 * Checks the `kind` and `schemaVersion` first so a wrong file gets one plain message rather than a
 * list of field errors. A field that is not valid is left out with a note, the rest kept; only a
 * file with no valid fact is refused, listing its problems. A document nested past the depth limit is refused before anything walks it.
 */
export function parseInstallDetails(text: string): ParseResult {
  const json = parseJsonWithin(text)
  if (!json.ok) {
    return json.problem === 'json'
      ? { ok: false, problem: 'json', problems: [describeJsonError(json.error, text)] }
      : { ok: false, problem: 'too-deep', problems: [TOO_DEEP_MESSAGE] }
  }
  return checkInstallDetails(json.value)
}

/**
 * Validates a parsed JSON value as an install-details document: `kind` and `schemaVersion` first,
 * then the schema. For a caller that has parsed the text already (the importer, which reads the
 * value's `kind` to tell a saved assessment from install details).
 */
export function checkInstallDetails(value: unknown): ParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: 'kind', problems: ['it is JSON but not an object; expected an install-details document'] }
  }
  const record = value as Record<string, unknown>
  if (record.kind !== INSTALL_DETAILS_KIND) {
    const seen = typeof record.kind === 'string' ? `"${record.kind.slice(0, 80)}"` : 'missing'
    return { ok: false, problem: 'kind', problems: [`"kind" is ${seen}; expected "${INSTALL_DETAILS_KIND}"`] }
  }
  if (record.schemaVersion !== INSTALL_DETAILS_SCHEMA_VERSION) {
    const seen = JSON.stringify(record.schemaVersion ?? null).slice(0, 40)
    return {
      ok: false,
      problem: 'schema-version',
      problems: [`"schemaVersion" is ${seen}; this version of the app reads schemaVersion ${INSTALL_DETAILS_SCHEMA_VERSION}`],
    }
  }
  const valid = checkValidDocument(record)
  if (valid !== NOT_VALID) {
    return { ok: true, details: valid, notes: [] }
  }
  // One bad field leaves only that field out (zod's issues say why); a file with nothing valid left is refused.
  const kept = keepValidFacts(record, checkSchema)
  if (kept.ok) {
    return { ok: true, details: kept.details, notes: kept.dropped.map(describeDroppedField) }
  }
  const problems = kept.issues
    .slice(0, MAX_PROBLEMS)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
  const more = kept.issues.length - problems.length
  return { ok: false, problem: 'fields', problems: more > 0 ? [...problems, `and ${more} more problems`] : problems }
}
