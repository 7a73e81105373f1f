import { describe, expect, it } from 'vitest'
import { buildTimeline } from '~shared/rules/timeline'
import { brokenDeadlines, buildDeadlineView, describeStanding, nextDeadline } from '~shared/timeline/deadline-view'
import { connectOnly } from '../rules/harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

const view = (version: string, asOf: string, cloud: 'commercial' | 'usgov' = 'commercial') =>
  buildDeadlineView(buildTimeline(connectOnly({ version, cloud }), asOf, BUILT_IN_PACK), asOf, true, formatIsoDate)

describe('describeStanding', () => {
  it('says how many days are left before a deadline', () => {
    expect(describeStanding({ state: 'upcoming', date: '2026-09-30', daysFromAsOf: 1 }, formatIsoDate)).toBe('breaks in 1 day')
    expect(describeStanding({ state: 'upcoming', date: '2026-09-30', daysFromAsOf: 1200 }, formatIsoDate)).toBe('breaks in 1,200 days')
  })

  it('says since when a deadline is broken', () => {
    expect(describeStanding({ state: 'passed', date: '2026-09-30', daysFromAsOf: 0 }, formatIsoDate)).toBe('broken since 2026-09-30')
    // A date Microsoft has not confirmed is only probably broken.
    expect(describeStanding({ state: 'passed', date: '2026-10-23', daysFromAsOf: -34, confidence: 'uncertain' }, formatIsoDate)).toBe('probably broken since 2026-10-23')
    expect(describeStanding({ state: 'passed', date: '2026-01-15', daysFromAsOf: -315, confidence: 'derived' }, formatIsoDate)).toBe('broken since 2026-01-15')
  })

  it('says met', () => {
    expect(describeStanding({ state: 'met', date: '2026-09-30', daysFromAsOf: -3 }, formatIsoDate)).toBe('met')
  })
})

describe('buildDeadlineView', () => {
  it('leaves the V1 dates out for a V2 server', () => {
    const ids = view('2.4.27.0', '2026-11-26').items.map((item) => item.id)
    expect(ids).not.toContain('v1-retired')
    expect(ids).toEqual(expect.arrayContaining(['federation-setup', 'wizard-sign-in', 'sync-stop-2026', 'app-auth-2027', 'end-of-support']))
  })

  it('keeps the V1 dates for a V1 server', () => {
    expect(view('1.6.16.0', '2025-03-03').items.map((item) => item.id)).toContain('v1-stopped')
  })

  it('marks the announced 2027 floor unconfirmed', () => {
    expect(view('2.4.27.0', '2026-11-26').items.find((item) => item.id === 'app-auth-2027')?.isUnconfirmed).toBe(true)
  })

  it('words the 2026 sync stop for a 2.4.27.0 server as of 2026-11-26', () => {
    expect(view('2.4.27.0', '2026-11-26').items.find((item) => item.id === 'sync-stop-2026')?.standing).toBe('broken since 2026-09-30')
  })

  it('finds the next deadline and the broken ones', () => {
    const items = view('2.4.131.0', '2026-03-02').items
    expect(nextDeadline(items)?.id).toBe('end-of-support')
    expect(brokenDeadlines(items)).toEqual([])
  })
})
