/**
 * List facts (a server's sync rules, its connectors with their OU filters, the custom rules an
 * export names): what one may hold, checked the same way where an input's facts are kept, where
 * they cross IPC and where a saved assessment is read, so no way in carries an unbounded list.
 *
 * Pure and without zod: the schemas call `isBoundedFactList` from a refinement.
 */
import { isUnsafeKey } from '../intake/dotted-path'
import type { FactList } from './text-forms/types'

/** The most items a list fact may hold (the document's longest list, sync rules, allows 5000). */
export const MAX_FACT_LIST_ITEMS = 5000
/** The most values (items, fields and their values, at every depth) one list fact may hold. */
export const MAX_FACT_LIST_VALUES = 200_000
/** The deepest nesting: connectors → partitions → inclusions is 5 deep. */
export const MAX_FACT_LIST_DEPTH = 8
/** The most text (keys and string values, in characters) one list fact may hold. */
export const MAX_FACT_LIST_CHARS = 2_000_000
/** The longest string or key inside a list fact. */
export const MAX_FACT_LIST_TEXT = 4096


function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return false
  }
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * True when `value` is a list of scalars, objects and lists within the bounds above, with no key
 * that could reach an object's prototype. Iterative, so no nesting overflows the stack.
 */
export function isBoundedFactList(value: unknown): value is FactList {
  if (!Array.isArray(value) || value.length > MAX_FACT_LIST_ITEMS) {
    return false
  }
  let values = 0
  let chars = 0
  const pending: Array<readonly [unknown, number]> = [[value, 1]]
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const [node, depth] = entry
    values += 1
    if (values > MAX_FACT_LIST_VALUES || depth > MAX_FACT_LIST_DEPTH) {
      return false
    }
    if (node === null || typeof node === 'boolean') {
      continue
    }
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) {
        return false
      }
      continue
    }
    if (typeof node === 'string') {
      chars += node.length
      if (node.length > MAX_FACT_LIST_TEXT || chars > MAX_FACT_LIST_CHARS) {
        return false
      }
      continue
    }
    if (Array.isArray(node)) {
      if (node.length > MAX_FACT_LIST_ITEMS) {
        return false
      }
      for (const item of node as unknown[]) {
        pending.push([item, depth + 1])
      }
      continue
    }
    if (!isPlainRecord(node)) {
      return false
    }
    for (const [key, item] of Object.entries(node)) {
      chars += key.length
      if (isUnsafeKey(key) || key.length > MAX_FACT_LIST_TEXT || chars > MAX_FACT_LIST_CHARS) {
        return false
      }
      pending.push([item, depth + 1])
    }
  }
  return true
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical)
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    )
  }
  return value
}

/**
 * Two fact values are the same when their JSON is, with each object's keys in one order: a list
 * is compared whole, item by item in order, so two sources that list the same sync rules agree
 * however each wrote a rule's fields.
 */
export function sameFactValue(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false
  }
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}
