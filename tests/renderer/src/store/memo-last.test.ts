import { describe, expect, it, vi } from 'vitest'
import { memoLast } from '~renderer/store/memo-last'

describe('memoLast', () => {
  it('returns the same result while the arguments are identical', () => {
    const derive = vi.fn((a: object, b: number) => ({ a, b }))
    const memo = memoLast(derive)
    const input = {}
    expect(memo(input, 1)).toBe(memo(input, 1))
    expect(derive).toHaveBeenCalledTimes(1)
  })

  it('derives again when an argument changes', () => {
    const memo = memoLast((a: object) => ({ a }))
    expect(memo({})).not.toBe(memo({}))
  })
})
