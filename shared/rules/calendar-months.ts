/**
 * Calendar-month arithmetic on `YYYY-MM-DD` dates, for "12 months after" and "older than 18 months".
 */
import { isIsoDate, type IsoDate } from '../dates/iso-date'

function parts(date: IsoDate): readonly [number, number, number] {
  if (!isIsoDate(date)) {
    throw new Error(`Not a calendar date: ${date}`)
  }
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))]
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The same day `months` calendar months later (negative goes back); a day past the target month's
 * end is clamped to its last day (31 Jan + 1 month = 28 or 29 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  const targetDay = Math.min(day, lastDayOfMonth(targetYear, targetMonth))
  const pad = (value: number): string => String(value).padStart(2, '0')
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth)}-${pad(targetDay)}`
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier). */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  const [fromYear, fromMonth, fromDay] = parts(from)
  const [toYear, toMonth, toDay] = parts(to)
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth)
  if (months > 0 && toDay < fromDay) {
    return months - 1
  }
  if (months < 0 && toDay > fromDay) {
    return months + 1
  }
  return months
}
