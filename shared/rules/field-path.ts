/**
 * Reading a fact from an install-details document by its dotted path (`connect.autoUpgrade.state`).
 */
import { rememberOne } from './remembered'

/** Paths split once: rules ask for the same few dozen paths for every server. */
const keysOf = rememberOne((path: string): readonly string[] => path.split('.'))

/** The value at `path`, or `undefined` when any part of the path is missing or not an object. */
export function readFieldPath(document: unknown, path: string): unknown {
  let current: unknown = document
  for (const key of keysOf(path)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return undefined
    }
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
