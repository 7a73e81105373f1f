/**
 * How old a rule pack is on a given date, and when it counts as possibly out of date.
 */
import { daysBetween, type IsoDate } from '~shared/dates/iso-date'

/** After this many days past its `asOf`, a pack may be out of date. */
export const STALE_AFTER_DAYS = 60

/** Days from the pack's `asOf` to `on` (0 or more), and whether that is more than {@link STALE_AFTER_DAYS}. */
export function packAge(packAsOf: IsoDate, on: IsoDate): { readonly days: number; readonly isStale: boolean } {
  const days = Math.max(0, daysBetween(packAsOf, on))
  return { days, isStale: days > STALE_AFTER_DAYS }
}
