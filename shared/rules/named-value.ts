/**
 * Naming a number by the newest entry of a table at or below it (`.NET 4.8`, `Windows Server 2019`).
 */
import type { NamedValue } from './pack/thresholds'

/** The entry with the highest value at or below `value`, or `undefined` when all are above it. */
export function namedAtOrBelow(value: number, table: readonly NamedValue[]): NamedValue | undefined {
  return [...table].sort((a, b) => a.value - b.value).filter((entry) => entry.value <= value).at(-1)
}
