/**
 * Today's calendar date on this machine: the default as-of date of the wizard and the command line.
 *
 * shared/ never reads the clock; the edges call this once and pass the date in.
 */
import type { IsoDate } from '~shared/dates/iso-date'

/** The local calendar date of `instant` as `YYYY-MM-DD` (not UTC: an admin's "today"). */
export function toLocalIsoDate(instant: Date): IsoDate {
  const year = String(instant.getFullYear()).padStart(4, '0')
  const month = String(instant.getMonth() + 1).padStart(2, '0')
  const day = String(instant.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}
