/**
 * Filling a rule's message template with its outcome's data.
 */
import type { DataValue } from './types'

/**
 * Replaces each `{name}` in `template` with `data[name]`; arrays are joined with ", ".
 *
 * `{name|unit}` counts: `{daysLeft|day}` gives "1 day" or "132 days". A placeholder without data is
 * left as written, so a missing value shows rather than vanishes.
 */
export function formatMessage(template: string, data: Readonly<Record<string, DataValue>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)(?:\|([a-z]+))?\}/g, (whole, name: string, unit: string | undefined) => {
    if (!Object.hasOwn(data, name)) {
      return whole
    }
    const value = data[name]
    if (Array.isArray(value)) {
      return value.join(', ')
    }
    if (unit !== undefined && typeof value === 'number') {
      return `${value} ${Math.abs(value) === 1 ? unit : `${unit}s`}`
    }
    return value === null ? 'none' : String(value)
  })
}
