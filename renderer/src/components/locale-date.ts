/**
 * The renderer's one date formatter: every date on screen in the user's locale.
 *
 * `dateStyle: 'medium'` ("Sep 30, 2026" in en-US, "30.09.2026" in de-DE) names the month where the
 * locale does, so a date never reads as day-or-month; it is computed in UTC so the calendar date in
 * the data is the one shown, whatever the machine's time zone.
 */
import type { DateFormatter } from '../../../shared/dates/iso-date'

/** A formatter for `locale` (a BCP 47 tag such as `de-DE`). */
export function localeDateFormatter(locale: string | undefined): DateFormatter {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  return (date) => format.format(new Date(`${date}T00:00:00Z`))
}

/** The formatter for the user's own locale. */
export function userDateFormatter(): DateFormatter {
  return localeDateFormatter(typeof navigator === 'undefined' ? undefined : navigator.language)
}
