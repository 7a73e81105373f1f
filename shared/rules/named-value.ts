/**
 * Naming a number by the newest entry of a table at or below it (`.NET 4.8`, `Windows Server 2019`).
 */
import type { NamedValue } from './pack/thresholds'

/** Each table sorted once: the tables are the pack's immutable data, asked about for every server. */
const SORTED_TABLES = new WeakMap<readonly NamedValue[], readonly NamedValue[]>()

function sortedByValue(table: readonly NamedValue[]): readonly NamedValue[] {
  const known = SORTED_TABLES.get(table)
  if (known !== undefined) {
    return known
  }
  const sorted = [...table].sort((a, b) => a.value - b.value)
  SORTED_TABLES.set(table, sorted)
  return sorted
}

/** The entry with the highest value at or below `value`, or `undefined` when all are above it. */
export function namedAtOrBelow(value: number, table: readonly NamedValue[]): NamedValue | undefined {
  return sortedByValue(table).findLast((entry) => entry.value <= value)
}
