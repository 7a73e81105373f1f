import { describe, expect, it } from 'vitest'
import { buildTimeline, type TimelineEntry } from '~shared/rules/timeline'
import type { InstallDetails } from '~shared/types/install-details'
import { connectOnly, makeDetails } from './harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const byId = (entries: readonly TimelineEntry[]) => Object.fromEntries(entries.map((entry) => [entry.id, entry]))
const timeline = (details: InstallDetails, asOf = '2026-11-26') => byId(buildTimeline(details, asOf, BUILT_IN_PACK))

describe('buildTimeline', () => {
  it('lists the deadlines oldest first, with the build end of support', () => {
    const entries = buildTimeline(connectOnly({ version: '2.4.27.0' }), '2026-11-26', BUILT_IN_PACK)
    expect(entries.map((entry) => entry.id)).toEqual([
      'v1-retired', 'v1-stopped', 'federation-setup', 'wizard-sign-in', 'end-of-support', 'sync-stop-2026', 'app-auth-2027',
    ])
  })

  it('shows what a 2.4.27.0 server has met, passed and still faces', () => {
    const entries = timeline(connectOnly({ version: '2.4.27.0', connectorIdentityType: 'ServiceAccount' }))
    expect(entries['wizard-sign-in']).toMatchObject({ state: 'met', appliesToServer: false })
    expect(entries['sync-stop-2026']).toMatchObject({ state: 'passed', daysFromAsOf: -57, confidence: 'documented' })
    expect(entries['app-auth-2027']).toMatchObject({ state: 'upcoming', daysFromAsOf: 132, confidence: 'uncertain' })
    expect(entries['end-of-support']).toMatchObject({ date: '2026-01-15', state: 'passed' })
  })

  it('uses the non-commercial minimum for US Government', () => {
    const entries = timeline(connectOnly({ version: '2.4.18.0', cloud: 'usgov' }))
    expect(entries['federation-setup']).toMatchObject({ state: 'passed', appliesToServer: true })
  })

  it('is upcoming the day before a deadline and passed on the day', () => {
    const details = connectOnly({ version: '2.5.76.0' })
    expect(timeline(details, '2026-09-29')['sync-stop-2026']).toMatchObject({ state: 'upcoming', daysFromAsOf: 1 })
    expect(timeline(details, '2026-09-30')['sync-stop-2026']).toMatchObject({ state: 'passed', daysFromAsOf: 0 })
  })

  it('is unknown for the 2027 floor when the identity is unknown on a new enough build', () => {
    expect(timeline(connectOnly({ version: '2.6.84.0' }))['app-auth-2027']?.state).toBe('unknown')
    expect(timeline(connectOnly({ version: '2.6.84.0', connectorIdentityType: 'Application' }))['app-auth-2027']?.state).toBe('met')
  })

  it('marks a documented end-of-support date as documented, and a derived one as uncertain', () => {
    expect(timeline(connectOnly({ version: '2.5.79.0' }))['end-of-support']).toMatchObject({ date: '2026-10-23', confidence: 'documented' })
    expect(timeline(connectOnly({ version: '2.6.91.0' }))['end-of-support']).toMatchObject({ date: '2027-09-23', confidence: 'uncertain' })
  })

  it('dates a build older than the pack by the oldest listed build', () => {
    expect(timeline(connectOnly({ version: '1.1.105.0' }))['end-of-support']).toMatchObject({ date: '2022-08-31', state: 'passed' })
  })

  it('is unknown everywhere, without an end of support, when the version is unknown', () => {
    const entries = buildTimeline(makeDetails(), '2026-11-26', BUILT_IN_PACK)
    expect(entries.every((entry) => entry.state === 'unknown')).toBe(true)
    expect(entries.map((entry) => entry.id)).not.toContain('end-of-support')
  })
})
