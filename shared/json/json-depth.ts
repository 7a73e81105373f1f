/**
 * One depth limit for every JSON document read from outside (input files, pasted text, saved
 * assessments, bundles), checked once right after parsing, without recursion. Every walker that
 * sees such a value afterwards (flattening, redaction, the report writers, schema validation) can
 * then recurse without ever running out of stack: "Maximum call stack size exceeded" from one
 * 23 KB file used to abort a whole command-line run.
 */

/**
 * Deepest nesting accepted: objects and arrays inside one another, the document itself being
 * level 1. The deepest document the app writes (a bundle of assessments) is about 10.
 */
export const MAX_JSON_DEPTH = 64

/** The sentence for a document nested deeper than the limit (callers put the file's name before it). */
export const TOO_DEEP_MESSAGE = `it nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep, far deeper than any real document; it was not read`

/**
 * True when `value` (a parsed JSON value, or any plain data) nests objects or arrays deeper than
 * `limit`. Iterative, so it cannot overflow the stack whatever the depth, and it stops at the first
 * branch past the limit. Shared subtrees are walked once per path (JSON.parse never makes any).
 */
export function isNestedDeeperThan(value: unknown, limit: number = MAX_JSON_DEPTH): boolean {
  // Two stacks side by side (each object or array, its depth): no record per value walked.
  const values: unknown[] = [value]
  const depths: number[] = [1]
  while (values.length > 0) {
    const current = values.pop()
    const depth = depths.pop() as number
    if (current === null || typeof current !== 'object') {
      continue
    }
    if (depth > limit) {
      return true
    }
    const children = Array.isArray(current) ? (current as readonly unknown[]) : Object.values(current)
    for (const child of children) {
      if (child !== null && typeof child === 'object') {
        values.push(child)
        depths.push(depth + 1)
      }
    }
  }
  return false
}

/** The outcome of {@link parseJsonWithin}: the value, or why it was refused (`json` with V8's error, or `too-deep`). */
export type BoundedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: 'json'; readonly error: unknown }
  | { readonly ok: false; readonly problem: 'too-deep' }

/**
 * `JSON.parse(text)` (V8's parser is iterative, so any depth parses), then the depth check. Never
 * throws.
 */
export function parseJsonWithin(text: string, limit: number = MAX_JSON_DEPTH): BoundedJson {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, problem: 'json', error }
  }
  return isNestedDeeperThan(value, limit) ? { ok: false, problem: 'too-deep' } : { ok: true, value }
}
