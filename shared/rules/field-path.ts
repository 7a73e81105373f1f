/**
 * Reading a fact from an install-details document by its dotted path (`connect.autoUpgrade.state`).
 */

/** The value at `path`, or `undefined` when any part of the path is missing or not an object. */
export function readFieldPath(document: unknown, path: string): unknown {
  let current: unknown = document
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return undefined
    }
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
