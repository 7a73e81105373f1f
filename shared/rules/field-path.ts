/**
 * Reading a fact from an install-details document by its dotted path (`connect.autoUpgrade.state`).
 */
import { rememberOne } from './remembered'

/** Paths split once: rules ask for the same few dozen paths for every server. */
const keysOf = rememberOne((path: string): readonly string[] => path.split('.'))

/** The value at `path`, or `undefined` when any part of the path is missing or not an object. */
export function readFieldPath(document: unknown, path: string): unknown {
  return readFieldKeys(document, keysOf(path))
}

/** `path`'s keys (`connect.autoUpgrade.state` → `connect`, `autoUpgrade`, `state`), for `readFieldKeys`. */
export function fieldPathKeys(path: string): readonly string[] {
  return keysOf(path)
}

/** `readFieldPath` with the path already split (`fieldPathKeys`): for a path read for every server. */
export function readFieldKeys(document: unknown, keys: readonly string[]): unknown {
  let current: unknown = document
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as string
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return undefined
    }
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
