/**
 * Filling a rule's message template with its outcome's data.
 */
import type { DataValue } from './types'

/**
 * Replaces each `{name}` in `template` with `data[name]`; arrays are joined with ", ".
 *
 * A placeholder without data is left as written, so a missing value shows rather than vanishes.
 */
export function formatMessage(template: string, data: Readonly<Record<string, DataValue>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) {
      return whole
    }
    const value = data[name]
    if (Array.isArray(value)) {
      return value.join(', ')
    }
    return value === null ? 'none' : String(value)
  })
}
