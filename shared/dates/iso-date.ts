/**
 * Calendar dates as `YYYY-MM-DD` strings: the as-of date and every deadline.
 *
 * Rules never read the clock; they compare these strings. Arithmetic goes through UTC so a
 * machine's time zone can never shift a deadline by a day.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

/** True when `text` is a real calendar date in `YYYY-MM-DD` form (2025-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text)
  if (match === null) {
    return false
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function toUtcMs(date: IsoDate): number {
  if (!isIsoDate(date)) {
    throw new Error(`Not a calendar date: ${date}`)
  }
  return Date.parse(`${date}T00:00:00Z`)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY)
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtcMs(date) + days * MS_PER_DAY).toISOString().slice(0, 10)
}

/** True when `asOf` is on or after `deadline`: deadlines are inclusive starts (docs/interface.md §3). */
export function isOnOrAfter(asOf: IsoDate, deadline: IsoDate): boolean {
  return toUtcMs(asOf) >= toUtcMs(deadline)
}

/**
 * Turns a calendar date into text for one audience. shared/ never reads the locale and has no
 * default written form: every caller passes its formatter in (the renderer: the user's locale,
 * renderer/src/components/locale-date.ts; exports and the command line: `formatIsoDate`).
 */
export type DateFormatter = (date: IsoDate) => string

/** The written form for exports: ISO 8601 `YYYY-MM-DD`, checked and returned as is. */
export function formatIsoDate(date: IsoDate): string {
  if (!isIsoDate(date)) {
    throw new Error(`Not a calendar date: ${date}`)
  }
  return date
}

/** The calendar date of an instant in UTC; only the edges (CLI, main) call this with the clock. */
export function toIsoDate(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10)
}

/** The local calendar date of `instant` as `YYYY-MM-DD` (not UTC: an admin's "today", a save's day). */
export function toLocalIsoDate(instant: Date): IsoDate {
  const year = String(instant.getFullYear()).padStart(4, '0')
  const month = String(instant.getMonth() + 1).padStart(2, '0')
  const day = String(instant.getDate()).padStart(2, '0')
  return `${year}-${month}-${day}`
}
