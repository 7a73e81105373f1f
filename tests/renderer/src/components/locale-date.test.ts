import { describe, expect, it } from 'vitest'
import { localeDateFormatter } from '~renderer/components/locale-date'

describe('localeDateFormatter', () => {
  it('writes a date in the locale it is given', () => {
    expect(localeDateFormatter('en-US')('2026-09-30')).toBe('Sep 30, 2026')
    expect(localeDateFormatter('de-DE')('2026-09-30')).toBe('30.09.2026')
    expect(localeDateFormatter('en-GB')('2026-09-30')).toBe('30 Sept 2026')
  })

  it('keeps the calendar date of the data (no time zone shift)', () => {
    expect(localeDateFormatter('en-US')('2027-01-01')).toBe('Jan 1, 2027')
  })

  it('writes a date it has written before the same way, and each date its own way', () => {
    const format = localeDateFormatter('en-US')
    expect([format('2026-09-30'), format('2026-10-01'), format('2026-09-30')]).toEqual(['Sep 30, 2026', 'Oct 1, 2026', 'Sep 30, 2026'])
  })
})
