import { describe, expect, it } from 'vitest'
import { mapBounded } from '~renderer/store/map-bounded'

describe('mapBounded', () => {
  it('keeps at most the limit in flight and returns the results in the items’ order', async () => {
    let inFlight = 0
    let most = 0
    const results = await mapBounded([5, 1, 4, 2, 3, 1, 2], 3, async (delay, index) => {
      inFlight += 1
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setTimeout(resolve, delay))
      inFlight -= 1
      return `${index}:${delay}`
    })
    expect(most).toBe(3)
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:1', '6:2'])
  })

  it('answers an empty list without calling', async () => {
    expect(await mapBounded([], 4, async () => 1)).toEqual([])
  })
})
