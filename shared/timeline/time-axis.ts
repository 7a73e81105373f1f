/**
 * The time axis of the deadline picture: its range, where a date falls on it, and its year ticks.
 */
import { addDays, daysBetween, type IsoDate } from '../dates/iso-date'

/** The axis: from `start` to `end`, with a tick on each 1 January in between. */
export interface TimeAxis {
  readonly start: IsoDate
  readonly end: IsoDate
  readonly yearTicks: readonly { readonly date: IsoDate; readonly year: number }[]
}

/** Days of margin either side, so the first and last markers are not on the picture's edge. */
const MARGIN_DAYS = 75

/** The axis covering every date (and the as-of date), with a margin either side. */
export function buildTimeAxis(dates: readonly IsoDate[]): TimeAxis {
  const sorted = [...dates].sort()
  const first = sorted[0] ?? '2025-01-01'
  const last = sorted.at(-1) ?? first
  const start = addDays(first, -MARGIN_DAYS)
  const end = addDays(last, MARGIN_DAYS)
  const firstYear = Number(start.slice(0, 4)) + 1
  const lastYear = Number(end.slice(0, 4))
  const yearTicks = Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, index) => {
    const year = firstYear + index
    return { date: `${year}-01-01`, year }
  })
  return { start, end, yearTicks }
}

/** Where `date` falls on the axis, from 0 (start) to 1 (end). */
export function axisPosition(axis: TimeAxis, date: IsoDate): number {
  const span = daysBetween(axis.start, axis.end)
  return span <= 0 ? 0.5 : daysBetween(axis.start, date) / span
}

/**
 * Stacks markers that would overlap into lanes: each position (0..1, in date order) gets the
 * lowest lane whose previous marker is at least `minGap` away. Returns one lane index per position.
 */
export function assignLanes(positions: readonly number[], minGap: number): readonly number[] {
  const lastInLane: number[] = []
  return positions.map((position) => {
    const free = lastInLane.findIndex((last) => position - last >= minGap)
    const lane = free === -1 ? lastInLane.length : free
    lastInLane[lane] = position
    return lane
  })
}
