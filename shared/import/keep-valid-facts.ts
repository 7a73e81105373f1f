/**
 * Keeping a document's valid facts when some of its fields are not valid: each bad field is left
 * out with a note naming it and the problem, and the rest is kept, as the merge of typed facts does.
 *
 * Pure and schema-free: the check is passed in, so the same function serves every importer.
 */
import type { InstallDetails } from '../types/install-details'

/** One problem the check found: the path of the field (keys and list indexes) and what is wrong. */
export interface FieldIssue {
  readonly path: readonly PropertyKey[]
  readonly message: string
}

/** A whole-document check: the document as validated, or its problems. */
export type DocumentCheck = (
  document: Record<string, unknown>,
) => { readonly ok: true; readonly details: InstallDetails } | { readonly ok: false; readonly issues: readonly FieldIssue[] }

/** A field left out: its dot-separated path, what was wrong with it and the value it had. */
export interface DroppedField {
  readonly path: string
  readonly problem: string
  readonly value: unknown
}

/** The valid document and the fields left out of it, or the problems when nothing valid is left. */
export type KeptFacts =
  | { readonly ok: true; readonly details: InstallDetails; readonly dropped: readonly DroppedField[] }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] }

/** The fields that say what the document is: a problem there refuses the whole file. */
const IDENTITY_KEYS: ReadonlySet<string> = new Set(['kind', 'schemaVersion'])
/** Each round drops at least one field; a document has a few hundred at most. */
const MAX_ROUNDS = 200

type Container = Record<string, unknown> | unknown[]

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object'
}

/** The field to leave out for an issue: its path up to (not into) a list, since one bad item spoils the list. */
function fieldPath(path: readonly PropertyKey[]): readonly string[] {
  const firstIndex = path.findIndex((key) => typeof key === 'number')
  return (firstIndex === -1 ? path : path.slice(0, firstIndex)).map(String)
}

/** Removes the field at `path`; when it is absent (a required field missing), its parent goes instead. */
function removeField(document: Record<string, unknown>, path: readonly string[]): { readonly path: readonly string[]; readonly value: unknown } | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const keys = path.slice(0, length)
    let parent: unknown = document
    for (const key of keys.slice(0, -1)) {
      parent = isContainer(parent) && !Array.isArray(parent) && Object.hasOwn(parent, key) ? parent[key] : undefined
    }
    const last = keys[keys.length - 1] ?? ''
    if (isContainer(parent) && !Array.isArray(parent) && Object.hasOwn(parent, last)) {
      const value = parent[last]
      delete parent[last]
      return { path: keys, value }
    }
  }
  return undefined
}

/** True when any value other than `kind` and `schemaVersion` is left (an emptied object is not a fact). Iterative. */
function hasFacts(document: Record<string, unknown>): boolean {
  const pending: unknown[] = Object.entries(document).filter(([key]) => !IDENTITY_KEYS.has(key)).map(([, value]) => value)
  for (let value = pending.pop(); pending.length > 0 || value !== undefined; value = pending.pop()) {
    if (!isContainer(value)) {
      return true
    }
    pending.push(...Object.values(value))
  }
  return false
}

function describe(issues: readonly FieldIssue[], path: readonly string[]): string {
  const joined = path.join('.')
  const within = (issue: FieldIssue) => {
    const issuePath = fieldPath(issue.path).join('.')
    return issuePath === joined || issuePath.startsWith(`${joined}.`)
  }
  const messages = issues.filter(within).map((issue) => issue.message)
  return [...new Set(messages)].join('; ') || 'not valid'
}

/**
 * Validates `document` with `check`, leaving out each field the check refuses until the rest passes.
 *
 * Refuses (with the first round's problems) when a problem is in the document as a whole or in
 * its `kind` or `schemaVersion`, or when no fact would be left. `document` is not changed.
 */
export function keepValidFacts(document: Record<string, unknown>, check: DocumentCheck): KeptFacts {
  const working = JSON.parse(JSON.stringify(document)) as Record<string, unknown>
  const dropped: DroppedField[] = []
  let firstIssues: readonly FieldIssue[] | undefined
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const checked = check(working)
    if (checked.ok) {
      return dropped.length > 0 && !hasFacts(working) ? { ok: false, issues: firstIssues ?? [] } : { ok: true, details: checked.details, dropped }
    }
    firstIssues ??= checked.issues
    const before = dropped.length
    for (const issue of checked.issues) {
      const path = fieldPath(issue.path)
      if (path.length === 0 || IDENTITY_KEYS.has(path[0] ?? '')) {
        return { ok: false, issues: firstIssues }
      }
      const removed = removeField(working, path)
      if (removed !== undefined) {
        dropped.push({ path: removed.path.join('.'), problem: describe(checked.issues, removed.path), value: removed.value })
      }
    }
    if (dropped.length === before || !hasFacts(working)) {
      return { ok: false, issues: firstIssues }
    }
  }
  return { ok: false, issues: firstIssues ?? [] }
}
