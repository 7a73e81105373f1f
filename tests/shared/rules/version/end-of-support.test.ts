import { describe, expect, it } from 'vitest'
import { endOfSupport } from '~shared/rules/version/end-of-support'
import { connectOnly, makeDetails, runRule } from '../harness'

const at = (version: string, asOf: string) => runRule(endOfSupport, connectOnly({ version }), asOf)

describe('version/end-of-support, documented dates (2.4.27.0 ends 2026-01-15)', () => {
  it('passes 91 days before the date', () => {
    expect(at('2.4.27.0', '2025-10-16')).toMatchObject({ status: 'pass', messageId: 'pass' })
  })

  it('warns from 90 days before the date', () => {
    const finding = at('2.4.27.0', '2025-10-17')
    expect(finding).toMatchObject({ status: 'warn', messageId: 'soon' })
    expect(finding.data).toMatchObject({ daysLeft: 90, isConfirmed: true })
  })

  it('warns the day before the date', () => {
    expect(at('2.4.27.0', '2026-01-14')).toMatchObject({ status: 'warn', messageId: 'soon' })
  })

  it('fails on the date', () => {
    const finding = at('2.4.27.0', '2026-01-15')
    expect(finding).toMatchObject({ status: 'fail', messageId: 'past', confidence: 'documented' })
    expect(finding.caveat).toBeUndefined()
  })

  it('uses the 2.3.x override of 2025-04-30', () => {
    expect(at('2.3.2.0', '2025-04-29').status).toBe('warn')
    expect(at('2.3.2.0', '2025-04-30').status).toBe('fail')
  })
})

describe('version/end-of-support, dates derived from the 12-month policy (2.1.18.0 ends 2023-11-02)', () => {
  it('warns the day before', () => {
    expect(at('2.1.18.0', '2023-11-01')).toMatchObject({ status: 'warn', confidence: 'derived' })
  })

  it('fails on the date', () => {
    expect(at('2.1.18.0', '2023-11-02')).toMatchObject({ status: 'fail', confidence: 'derived' })
  })

  it('says the date is derived from the policy', () => {
    expect(at('2.1.18.0', '2023-11-02').caveat).toBeDefined()
  })
})

describe('version/end-of-support, dates the 2026 version history states (2.5.79.0: 2026-10-23)', () => {
  it('passes 91 days before', () => {
    expect(at('2.5.79.0', '2026-07-24').status).toBe('pass')
  })

  it('warns from 90 days before', () => {
    expect(at('2.5.79.0', '2026-07-25')).toMatchObject({ status: 'warn', messageId: 'soon' })
  })

  it('warns the day before', () => {
    expect(at('2.5.79.0', '2026-10-22')).toMatchObject({ status: 'warn', messageId: 'soon', headline: '2.5.79.0 leaves support on 2026-10-23' })
  })

  it('fails on the date, with no unconfirmed caveat', () => {
    const finding = at('2.5.79.0', '2026-10-23')
    expect(finding).toMatchObject({ status: 'fail', messageId: 'past', confidence: 'documented', data: { isConfirmed: true, basis: 'documented' } })
    expect(finding.caveat).toBeUndefined()
  })

  it('fails as of 2026-12-06: "out of support since 2026-10-23"', () => {
    const finding = at('2.5.79.0', '2026-12-06')
    expect(finding).toMatchObject({ status: 'fail', headline: '2.5.79.0 out of support since 2026-10-23' })
    expect(finding.message).toBe('2.5.79.0 has been out of support since 2026-10-23.')
    expect(finding.message).not.toContain('probably')
  })

  it.each([
    ['2.5.190.0', '2027-02-01', '2027-02-02'],
    ['2.6.1.0', '2027-03-09', '2027-03-10'],
    ['2.6.3.0', '2027-07-06', '2027-07-07'],
    ['2.6.84.0', '2027-09-15', '2027-09-16'],
  ])('warns %s the day before its stated date (%s) and fails on it (%s)', (version, dayBefore, day) => {
    expect(at(version, dayBefore)).toMatchObject({ status: 'warn', messageId: 'soon' })
    expect(at(version, day)).toMatchObject({ status: 'fail', messageId: 'past', confidence: 'documented' })
  })
})

describe('version/end-of-support, a derived date (2.6.91.0: 2027-09-23, from a third-party build)', () => {
  it('warns the day before', () => {
    expect(at('2.6.91.0', '2027-09-22')).toMatchObject({ status: 'warn', messageId: 'soon' })
  })

  it('only warns, never fails, on and after the date', () => {
    expect(at('2.6.91.0', '2027-09-23')).toMatchObject({ status: 'warn', messageId: 'past-unconfirmed', headline: '2.6.91.0 probably out of support since 2027-09-23' })
    expect(at('2.6.91.0', '2031-01-01')).toMatchObject({ status: 'warn', messageId: 'past-unconfirmed' })
  })

  it('marks the finding uncertain with a caveat', () => {
    const finding = at('2.6.91.0', '2027-09-23')
    expect(finding.confidence).toBe('uncertain')
    expect(finding.caveat).toContain('third-party')
    expect(finding.data).toMatchObject({ isConfirmed: false, basis: 'third-party' })
  })
})

describe('version/end-of-support, other cases', () => {
  it('passes the newest build, which has no date yet', () => {
    expect(at('2.6.92.0', '2026-11-26')).toMatchObject({ status: 'pass', messageId: 'no-date' })
  })

  it('warns a recalled build, telling it to reinstall the newest build', () => {
    const finding = at('2.6.79.0', '2026-12-06')
    expect(finding).toMatchObject({ status: 'warn', messageId: 'withdrawn', confidence: 'documented' })
    expect(finding.caveat).toBeUndefined()
    expect(finding.message).toContain('uninstall it and install the newest build')
  })

  it('states the problem in the headline of a failure, and keeps the passing condition as the title', () => {
    const finding = at('2.4.27.0', '2026-12-06')
    expect(finding.title).toBe('The installed build is still supported')
    expect(finding.headline).toBe('2.4.27.0 out of support since 2026-01-15')
    expect(at('2.6.3.0', '2026-12-06').headline).toBeUndefined()
  })

  it('fails a build older than every listed build', () => {
    const finding = at('1.1.105.0', '2026-11-26')
    expect(finding).toMatchObject({ status: 'fail', messageId: 'older-than-pack' })
    expect(finding.data).toMatchObject({ oldest: '1.6.2.4' })
  })

  it.each(['2.4.19.0', '1.6.5.0', '2.7.0.0'])('is unknown for %s, which the pack does not list', (version) => {
    expect(at(version, '2026-11-26')).toMatchObject({ status: 'unknown', messageId: 'not-listed' })
  })

  it('is unknown without a version', () => {
    expect(runRule(endOfSupport, makeDetails()).status).toBe('unknown')
  })
})
