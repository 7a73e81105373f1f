/**
 * File sizes for people, in the units Windows Explorer shows (1 KB = 1024 bytes).
 */

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const

/**
 * Formats a byte count: `512 bytes`, `5 MB`, `2 GB`, `1.5 MB`.
 *
 * One decimal below 10 of a unit, none from 10 up, and a trailing `.0` dropped.
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  if (unit === 0) {
    return `${value} ${value === 1 ? 'byte' : 'bytes'}`
  }
  const text = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value))
  return `${text} ${UNITS[unit]}`
}
