/**
 * Medians and timing: every figure is a median over repeated runs.
 */
import { performance } from 'node:perf_hooks'

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    throw new Error('median of no values')
  }
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Runs `action` and returns how long it took, in milliseconds, with its value. */
export async function timed<T>(action: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await action()
  return { ms: performance.now() - start, value }
}

/** Rounds to `digits` decimals (for printing and the results file). */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
