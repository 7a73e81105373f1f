import { describe, expect, it } from 'vitest'
import { assignLanes, axisPosition, buildTimeAxis } from '~shared/timeline/time-axis'

describe('buildTimeAxis', () => {
  it('covers every date with a margin and ticks each 1 January inside', () => {
    const axis = buildTimeAxis(['2025-04-07', '2027-04-07', '2026-11-26'])
    expect(axis.start < '2025-04-07').toBe(true)
    expect(axis.end > '2027-04-07').toBe(true)
    expect(axis.yearTicks.map((tick) => tick.year)).toEqual([2026, 2027])
  })

  it('places dates between 0 and 1', () => {
    const axis = buildTimeAxis(['2025-01-01', '2026-01-01'])
    expect(axisPosition(axis, axis.start)).toBe(0)
    expect(axisPosition(axis, axis.end)).toBe(1)
    expect(axisPosition(axis, '2025-07-02')).toBeCloseTo(0.5, 1)
  })
})

describe('assignLanes', () => {
  it('stacks close markers and reuses lanes once there is room', () => {
    expect(assignLanes([0.1, 0.11, 0.12, 0.5, 0.51], 0.05)).toEqual([0, 1, 2, 0, 1])
  })
})
