/**
 * Running tasks one at a time per key (an assessment id), in the order they were asked for.
 */

/** A queue per key: tasks of one key never overlap; tasks of different keys run freely. */
export interface KeyedQueue {
  readonly run: <T>(key: string, task: () => Promise<T>) => Promise<T>
}

/** Creates an empty queue. */
export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>()
  return {
    run: <T>(key: string, task: () => Promise<T>): Promise<T> => {
      const previous = tails.get(key) ?? Promise.resolve()
      const result = previous.then(task)
      // The tail never rejects: a failed task must not block the ones after it.
      const tail = result.catch(() => undefined)
      tails.set(key, tail)
      void tail.then(() => {
        if (tails.get(key) === tail) {
          tails.delete(key)
        }
      })
      return result
    },
  }
}
