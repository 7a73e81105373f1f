/**
 * Filling a rule's message template with its outcome's data.
 */
import { type DateFormatter, formatIsoDate, isIsoDate } from '../dates/iso-date'
import { rememberOne } from './remembered'
import type { DataValue } from './types'

/** A template split at its placeholders: literal text at even indexes, placeholders at odd ones. */
type Part = string | { readonly whole: string; readonly name: string; readonly unit: string | undefined }

const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?:\|([a-z]+))?\}/g

/** Whether a data value is a calendar date, answered once per value: servers share most dates. */
const isCalendarDate = rememberOne(isIsoDate)

/** Templates parsed once: there are a few dozen, filled for every server. */
const parseTemplate = rememberOne((template: string): readonly Part[] => {
  const parts: Part[] = []
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), { whole: match[0], name: match[1] ?? '', unit: match[2] })
    last = match.index + match[0].length
  }
  parts.push(template.slice(last))
  return parts
})

const NO_DATA: Readonly<Record<string, DataValue>> = Object.freeze({})

function fill(
  name: string,
  unit: string | undefined,
  whole: string,
  data: Readonly<Record<string, DataValue>>,
  formatDateValue: DateFormatter,
  fallback: Readonly<Record<string, DataValue>>,
): string {
  let value: DataValue | undefined
  if (Object.hasOwn(data, name)) {
    value = data[name]
  } else if (Object.hasOwn(fallback, name)) {
    value = fallback[name]
  } else {
    return whole
  }
  if (unit === 'date') {
    if (value === null) {
      return 'an unknown date'
    }
    if (typeof value === 'string' && isCalendarDate(value)) {
      // `formatIsoDate` would check the date again and give it back as it is.
      return formatDateValue === formatIsoDate ? value : formatDateValue(value)
    }
  }
  if (Array.isArray(value)) {
    return value.join(', ')
  }
  if (unit !== undefined && typeof value === 'number') {
    return `${value} ${Math.abs(value) === 1 ? unit : `${unit}s`}`
  }
  return value === null ? 'none' : String(value)
}

/**
 * Replaces each `{name}` in `template` with `data[name]`; arrays are joined with ", ".
 *
 * `{name|unit}` counts: `{daysLeft|day}` gives "1 day" or "132 days". A placeholder without data is
 * left as written, so a missing value shows rather than vanishes. `{name|date}` shows an ISO date
 * (`YYYY-MM-DD` in the data) through `formatDateValue`, so data keep dates as dates and each view
 * chooses the written form; `null` there reads "an unknown date", and a value that is not a calendar
 * date is shown as it is. A name `data` lacks is looked up in `fallback` (as if both were one
 * object, `data`'s keys winning), so a caller need not copy two objects into one per message.
 */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, DataValue>>,
  formatDateValue: DateFormatter,
  fallback: Readonly<Record<string, DataValue>> = NO_DATA,
): string {
  const parts = parseTemplate(template)
  if (parts.length === 1) {
    return template
  }
  let text = ''
  for (const part of parts) {
    text += typeof part === 'string' ? part : fill(part.name, part.unit, part.whole, data, formatDateValue, fallback)
  }
  return text
}
