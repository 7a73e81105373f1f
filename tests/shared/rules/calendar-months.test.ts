import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '~shared/dates/iso-date'
import { addMonths, wholeMonthsBetween } from '~shared/rules/calendar-months'

describe('addMonths', () => {
  it('moves by calendar months', () => {
    expect(addMonths('2024-11-14', 12)).toBe('2025-11-14')
    expect(addMonths('2025-03-27', -3)).toBe('2024-12-27')
  })

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28')
  })

  it('rejects a non-date', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow()
  })
})

describe('wholeMonthsBetween', () => {
  it('counts whole months only', () => {
    expect(wholeMonthsBetween('2025-09-01', '2027-03-31')).toBe(18)
    expect(wholeMonthsBetween('2025-09-01', '2027-04-01')).toBe(19)
    expect(wholeMonthsBetween('2025-09-15', '2025-10-14')).toBe(0)
  })

  it('is negative backwards', () => {
    expect(wholeMonthsBetween('2025-10-15', '2025-09-01')).toBe(-1)
  })

  it('never decreases as the later date moves on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 60 }), (offset, step) => {
        const to = addDays('2021-01-01', offset)
        expect(wholeMonthsBetween('2021-01-31', addDays(to, step))).toBeGreaterThanOrEqual(wholeMonthsBetween('2021-01-31', to))
      }),
    )
  })
})
