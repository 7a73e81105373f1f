/**
 * Dotted fact paths (`connect.version`) over install-details documents: read one, write one,
 * flatten a document into its leaves. The one implementation the importers, the merge, the form
 * and the deriver share.
 *
 * A path with a segment that would reach an object's prototype is never written.
 */
import type { Fact, FactValue } from '../import/text-forms/types'

const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype'])

/** True when `key`, as an object's own key, would reach an object's prototype. */
export function isUnsafeKey(key: string): boolean {
  return UNSAFE_SEGMENTS.has(key)
}

/** True when a write at `path` could reach an object's prototype (such a write is refused). */
export function isUnsafePath(path: string): boolean {
  return path.split('.').some(isUnsafeKey)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The value at `path` in `document`, or undefined when any part of the path is missing. */
export function readPath(document: unknown, path: string): unknown {
  let node: unknown = document
  for (const key of path.split('.')) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) {
      return undefined
    }
    node = node[key]
  }
  return node
}

/**
 * Sets (or, for `undefined`, removes) the value at `path` in `target` itself, making the objects
 * on the way. Used while a document is being built, before anyone else sees it.
 */
export function writePathInPlace(target: Record<string, unknown>, path: string, value: unknown): void {
  if (isUnsafePath(path)) {
    return
  }
  const keys = path.split('.')
  const last = keys.pop() as string
  let node = target
  for (const key of keys) {
    if (!isRecord(node[key])) {
      node[key] = {}
    }
    node = node[key] as Record<string, unknown>
  }
  if (value === undefined) {
    delete node[last]
  } else {
    node[last] = value
  }
}

/**
 * A copy of `document` with the value at `path` set (or removed, for `undefined`); the objects on
 * the path are copied, everything else is shared. `document` is never changed.
 */
export function writePath<T extends object>(document: T, path: string, value: FactValue | undefined): T {
  if (isUnsafePath(path)) {
    return document
  }
  const copy = (node: unknown, keys: readonly string[]): Record<string, unknown> => {
    const record: Record<string, unknown> = isRecord(node) ? { ...node } : {}
    const [key, ...rest] = keys
    if (key === undefined) {
      return record
    }
    if (rest.length > 0) {
      record[key] = copy(record[key], rest)
    } else if (value === undefined) {
      delete record[key]
    } else {
      record[key] = value
    }
    return record
  }
  return copy(document, path.split('.')) as T
}

const SKIPPED_KEYS = new Set(['kind', 'schemaVersion'])

/**
 * Every leaf of a document as a fact (objects are walked; arrays and scalars are leaves), in
 * document order, without the document's own `kind` and `schemaVersion`. Iterative, so no
 * nesting can overflow the stack.
 */
export function flattenDocument(document: Readonly<Record<string, unknown>>, prefix = ''): Fact[] {
  const facts: Fact[] = []
  // Entries still to visit, last first, so popping keeps document order.
  const pending: Array<readonly [string, unknown]> = []
  const pushChildren = (record: Readonly<Record<string, unknown>>, path: string) => {
    const entries = Object.entries(record).filter(([key]) => !(path === '' && SKIPPED_KEYS.has(key)))
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, value] = entries[index] as [string, unknown]
      pending.push([path === '' ? key : `${path}.${key}`, value])
    }
  }
  pushChildren(document, prefix)
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const [path, value] = entry
    if (isRecord(value)) {
      pushChildren(value, path)
    } else {
      facts.push({ path, value: value as FactValue })
    }
  }
  return facts
}
