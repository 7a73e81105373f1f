/**
 * Running an async call over many items with at most a few in flight at once, so a fleet of a
 * thousand saved assessments does not send a thousand requests to main together.
 */

/**
 * Calls `run` for every item, at most `limit` at a time; the results come back in the items' order.
 *
 * `run` should not throw (the fleet's loader turns failures into values); if it does, the first
 * error rejects the whole call after the calls in flight settle.
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next
      next += 1
      results[index] = await run(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
