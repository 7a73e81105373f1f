import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formatSavedAt, formatSavedTime } from '~renderer/features/header/save-status'
import { formatUserDate } from '~renderer/components/locale-date'

describe('formatSavedAt', () => {
  beforeEach(() => {
    // Auckland is 13 hours ahead of UTC in December: 12:30 UTC on 7 Dec is 01:30 on 8 Dec there.
    vi.stubEnv('TZ', 'Pacific/Auckland')
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('writes the local calendar date beside the local time, not the UTC date', () => {
    const at = '2026-12-07T12:30:00.000Z'
    expect(formatSavedTime(at)).toMatch(/01.30/)
    expect(formatSavedAt(at)).toBe(`${formatUserDate('2026-12-08')}, ${formatSavedTime(at)}`)
  })

  it('keeps the same date where the zone does not cross midnight', () => {
    const at = '2026-12-07T08:00:00.000Z'
    expect(formatSavedAt(at)).toBe(`${formatUserDate('2026-12-07')}, ${formatSavedTime(at)}`)
  })

  it('writes nothing for a value that is not an instant', () => {
    expect(formatSavedAt('not a date')).toBe('')
  })
})
