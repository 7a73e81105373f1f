import { describe, expect, it } from 'vitest'
import { toLocalIsoDate } from '~electron/node/local-date'

describe('toLocalIsoDate', () => {
  it("gives the machine's calendar date, not UTC's", () => {
    expect(toLocalIsoDate(new Date(2026, 8, 29, 23, 59))).toBe('2026-09-29')
    expect(toLocalIsoDate(new Date(2026, 8, 30, 0, 0))).toBe('2026-09-30')
  })

  it('pads months and days', () => {
    expect(toLocalIsoDate(new Date(2027, 0, 5, 12))).toBe('2027-01-05')
  })
})
