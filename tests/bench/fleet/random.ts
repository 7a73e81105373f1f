/**
 * A small seeded random source, so every run generates the same fleet.
 */

/** A seeded random source (mulberry32): the same seed always gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One of `items`, uniformly. */
  pick<T>(items: readonly T[]): T
  /** One of the keys of `weights`, in proportion to its weight. */
  weighted<T extends string | number>(weights: readonly (readonly [T, number])[]): T
}

/** Creates a random source from a 32-bit seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[int(0, items.length - 1)]
      if (item === undefined) {
        throw new Error('pick from an empty list')
      }
      return item
    },
    weighted: (weights) => {
      const total = weights.reduce((sum, [, weight]) => sum + weight, 0)
      let roll = next() * total
      for (const [value, weight] of weights) {
        roll -= weight
        if (roll < 0) {
          return value
        }
      }
      const last = weights[weights.length - 1]
      if (last === undefined) {
        throw new Error('weighted pick from an empty list')
      }
      return last[0]
    },
  }
}
