import { describe, expect, it } from 'vitest'
import { minimumTarget, minimumTargetWithReason, recommendedTarget } from '~shared/rules/version/recommended-target'
import { connectOnly, makeDetails, runRule } from '../harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('version/recommended-target', () => {
  it('names the newest build in the pack, at least 2.6.91.0 because 2.6.84.0 fails over an existing database', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0' }), '2026-12-06')
    expect(finding.status).toBe('info')
    expect(finding.data).toMatchObject({ target: '2.6.92.0', atLeast: '2.6.91.0', atLeastBasis: 'known-issue' })
    expect(finding.data.atLeastReason).toContain('2.6.84.0 is the announced minimum')
    expect(finding.data.atLeastReason).toContain('0xE0474352')
    expect(finding.message).toContain('at least 2.6.91.0 (2.6.84.0 is the announced minimum, but a known issue rules it out')
  })

  it('never recommends the recalled 2.6.79.0, and tells a server on it to reinstall', () => {
    for (const asOf of ['2026-07-06', '2026-07-07', '2026-12-06']) {
      expect(runRule(recommendedTarget, connectOnly({ version: '2.5.79.0' }), asOf).data.target).not.toBe('2.6.79.0')
    }
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.6.79.0' }), '2026-12-06')
    expect(finding).toMatchObject({ status: 'info', messageId: 'recalled', data: { target: '2.6.92.0', atLeast: '2.6.91.0' } })
    expect(finding.message).toContain('uninstall it and install the newest build')
    expect(finding.remediation[0]?.text).toContain('Uninstall')
  })

  it('names only builds released by the as-of date, for a trainee travelling back in time', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.3.20.0' }), '2025-03-03')
    expect(finding.data).toMatchObject({ target: '2.4.129.0', atLeast: '2.4.129.0' })
    expect(finding.caveat).toBeUndefined()
  })

  it('takes a build from the day it was released (2.4.131.0 on 2025-03-27)', () => {
    expect(runRule(recommendedTarget, connectOnly({ version: '2.3.20.0' }), '2025-03-26').data).toMatchObject({ target: '2.4.129.0' })
    expect(runRule(recommendedTarget, connectOnly({ version: '2.3.20.0' }), '2025-03-27').data).toMatchObject({ target: '2.4.131.0' })
  })

  it('says when the newest build is only third-party-documented', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0' }))
    expect(finding.confidence).toBe('uncertain')
    expect(finding.caveat).toBeDefined()
  })

  it('advises in place for a recent build on a small server', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0', metaverseObjectCount: 5000 }))
    expect(finding).toMatchObject({ messageId: 'in-place' })
    expect(finding.data).toMatchObject({ path: 'in-place', reasons: [] })
  })

  it('keeps in place when the build is 18 months old (2.5.79.0 on 2027-03-31)', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0' }), '2027-03-31')
    expect(finding.data).toMatchObject({ path: 'in-place', buildAgeMonths: 18 })
  })

  it('advises swing once the build is more than 18 months old (2027-04-01)', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0' }), '2027-04-01')
    expect(finding.data).toMatchObject({ path: 'swing', reasons: ['stale-build'], buildAgeMonths: 19 })
  })

  it('advises swing for a V1 server on an old OS', () => {
    const details = makeDetails({ connect: { version: '1.6.16.0' }, server: { os: { build: 9600 } } })
    const finding = runRule(recommendedTarget, details)
    expect(finding).toMatchObject({ status: 'info', messageId: 'swing' })
    expect(finding.data).toMatchObject({ path: 'swing', reasons: ['v1', 'stale-build', 'old-os'] })
    // The V1 retirement date is the pack's, written by the formatter the evaluation was given.
    expect(finding.message).toContain(`unsupported since ${BUILT_IN_PACK.deadlines.v1.retiredOn}`)
  })

  it('advises swing above 100,000 metaverse objects', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0', metaverseObjectCount: 100_001 }))
    expect(finding.data).toMatchObject({ path: 'swing', reasons: ['large-metaverse'] })
  })

  it('keeps in place at exactly 100,000 metaverse objects', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0', metaverseObjectCount: 100_000 }))
    expect(finding.data).toMatchObject({ path: 'in-place' })
  })

  it('advises upgrading a staging server first', () => {
    const finding = runRule(recommendedTarget, connectOnly({ version: '2.5.79.0', stagingModeEnabled: true }))
    expect(finding).toMatchObject({ messageId: 'in-place-staging' })
    expect(finding.data).toMatchObject({ path: 'in-place', reasons: ['staging-server'], isStagingFirst: true })
  })

  it('says the newest build is already installed', () => {
    expect(runRule(recommendedTarget, connectOnly({ version: '2.6.92.0' })).messageId).toBe('current')
  })

  it('is unknown without a version', () => {
    expect(runRule(recommendedTarget, makeDetails()).status).toBe('unknown')
  })
})

describe('minimumTarget', () => {
  it('is 2.6.91.0, not the announced 2.6.84.0, from the day 2.6.91.0 was released (2026-09-16)', () => {
    expect(minimumTargetWithReason(BUILT_IN_PACK, '2.6.91.0', '2026-09-16')).toMatchObject({ version: '2.6.91.0', basis: 'known-issue' })
    expect(minimumTarget(BUILT_IN_PACK, '2.6.92.0', '2026-12-06')).toBe('2.6.91.0')
  })

  it('is the announced minimum 2.6.84.0 the day before, while no build fixes its known issue', () => {
    expect(minimumTargetWithReason(BUILT_IN_PACK, '2.6.84.0', '2026-09-15')).toMatchObject({ version: '2.6.84.0', basis: 'deadline' })
  })

  it('is the newest documented build, 2.6.1.0, above the 2026 floor 2.5.79.0, while that is the newest build', () => {
    expect(minimumTargetWithReason(BUILT_IN_PACK, '2.6.1.0', '2026-03-02')).toMatchObject({ version: '2.6.1.0', basis: 'documented' })
  })

  it('is the 2026 floor when the target is the floor itself', () => {
    expect(minimumTargetWithReason(BUILT_IN_PACK, '2.5.79.0', '2025-09-02')).toMatchObject({ version: '2.5.79.0', basis: 'deadline' })
  })

  it('is the newest documented build when it is above every floor that exists yet', () => {
    expect(minimumTarget(BUILT_IN_PACK, '2.4.129.0', '2025-03-03')).toBe('2.4.129.0')
  })
})
