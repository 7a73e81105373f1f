/**
 * Reading a fleet's files a few at a time, in order: the file system works on the next files
 * while the current one is assessed.
 */

/**
 * Yields `read(item)` for each item, in the items' order, with up to `limit` reads in flight.
 *
 * A read that fails rejects when its turn comes, never earlier (no unhandled rejection).
 */
export async function* readAhead<T, R>(items: readonly T[], limit: number, read: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = []
  let next = 0
  const startNext = () => {
    const item = items[next]
    next += 1
    const started = read(item as T)
    started.catch(() => undefined)
    pending.push(started)
  }
  while (next < items.length && pending.length < limit) {
    startNext()
  }
  while (pending.length > 0) {
    const current = pending.shift() as Promise<R>
    if (next < items.length) {
      startNext()
    }
    yield await current
  }
}
