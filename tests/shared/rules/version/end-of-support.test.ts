import { describe, expect, it } from 'vitest'
import { endOfSupport } from '../../../../shared/rules/version/end-of-support'
import { connectOnly, makeDetails, runRule } from '../harness'

const at = (version: string, asOf: string) => runRule(endOfSupport, connectOnly({ version }), asOf)

describe('version/end-of-support, documented dates (2.4.27.0 ends 15 Jan 2026)', () => {
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

  it('uses the 2.3.x override of 30 Apr 2025', () => {
    expect(at('2.3.2.0', '2025-04-29').status).toBe('warn')
    expect(at('2.3.2.0', '2025-04-30').status).toBe('fail')
  })
})

describe('version/end-of-support, dates derived from the 12-month policy (2.1.18.0 ends 2 Nov 2023)', () => {
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

describe('version/end-of-support, third-party dates (2.5.79.0: 23 Oct 2026, unconfirmed)', () => {
  it('passes 91 days before', () => {
    expect(at('2.5.79.0', '2026-07-24').status).toBe('pass')
  })

  it('warns from 90 days before', () => {
    expect(at('2.5.79.0', '2026-07-25')).toMatchObject({ status: 'warn', messageId: 'soon' })
  })

  it('warns the day before', () => {
    expect(at('2.5.79.0', '2026-10-22')).toMatchObject({ status: 'warn', messageId: 'soon' })
  })

  it('only warns, never fails, on and after the date', () => {
    expect(at('2.5.79.0', '2026-10-23')).toMatchObject({ status: 'warn', messageId: 'past-unconfirmed' })
    expect(at('2.5.79.0', '2030-01-01')).toMatchObject({ status: 'warn', messageId: 'past-unconfirmed' })
  })

  it('marks the finding uncertain with a caveat', () => {
    const finding = at('2.5.79.0', '2026-11-26')
    expect(finding.confidence).toBe('uncertain')
    expect(finding.caveat).toBeDefined()
    expect(finding.data).toMatchObject({ isConfirmed: false, basis: 'third-party' })
  })

  it.each(['2.5.190.0', '2.6.1.0', '2.6.3.0', '2.6.84.0', '2.6.91.0'])('never fails %s', (version) => {
    expect(at(version, '2031-01-01').status).toBe('warn')
  })
})

describe('version/end-of-support, other cases', () => {
  it('passes the newest build, which has no date yet', () => {
    expect(at('2.6.92.0', '2026-11-26')).toMatchObject({ status: 'pass', messageId: 'no-date' })
  })

  it('warns a build reported as withdrawn', () => {
    expect(at('2.6.79.0', '2026-11-26')).toMatchObject({ status: 'warn', messageId: 'withdrawn', confidence: 'uncertain' })
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
