/**
 * The renderer's one date formatter: every date on screen in the user's locale.
 *
 * `dateStyle: 'medium'` ("Sep 30, 2026" in en-US, "30 Sept 2026" in en-GB, "30.09.2026" in de-DE)
 * names the month where the locale does, so a date never reads as day-or-month; it is computed in
 * UTC so the calendar date in the data is the one shown, whatever the machine's time zone. Exports
 * and the command line write ISO 8601 instead (`formatIsoDate`); nothing in shared/ reads the locale.
 */
import type { DateFormatter, IsoDate } from '~shared/dates/iso-date'

/** Most dates' texts a formatter keeps (far more than any view writes); when full, it starts over. */
const MAX_KEPT_DATES = 10_000

/**
 * A formatter for `locale` (a BCP 47 tag such as `de-DE`). It keeps each date's text: a fleet's
 * findings and deadlines write the same few dates thousands of times.
 */
export function localeDateFormatter(locale: string | undefined): DateFormatter {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const texts = new Map<IsoDate, string>()
  return (date) => {
    const known = texts.get(date)
    if (known !== undefined) {
      return known
    }
    const text = format.format(new Date(`${date}T00:00:00Z`))
    if (texts.size >= MAX_KEPT_DATES) {
      texts.clear()
    }
    texts.set(date, text)
    return text
  }
}

const formatters = new Map<string | undefined, DateFormatter>()

/**
 * The formatter for the user's own locale (the browser's language), one per locale: the same
 * function while the language stays, so selectors memoized on it keep their results.
 */
export function userDateFormatter(): DateFormatter {
  // Read through globalThis: this file is also compiled for the command line's tests, without the DOM.
  const locale = (globalThis as { readonly navigator?: { readonly language?: string } }).navigator?.language
  const known = formatters.get(locale)
  if (known !== undefined) {
    return known
  }
  const formatter = localeDateFormatter(locale)
  formatters.set(locale, formatter)
  return formatter
}

/** `date` (`YYYY-MM-DD`) as the user's locale writes it. */
export function formatUserDate(date: IsoDate): string {
  return userDateFormatter()(date)
}
