import { describe, expect, it } from 'vitest'
import { buildAutoUpgradeOutlook, type OutlookInput } from '~shared/autoupgrade/auto-upgrade-outlook'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

const BASE: OutlookInput = {
  version: '2.4.131.0',
  state: 'Enabled',
  suspensionReason: undefined,
  blockingCodes: [],
  isEligibilityKnown: true,
  atLeast: '2.6.91.0',
  target: '2.6.92.0',
}

const outlook = (changes: Partial<OutlookInput> = {}) => buildAutoUpgradeOutlook({ ...BASE, ...changes }, BUILT_IN_PACK, formatIsoDate)

describe('buildAutoUpgradeOutlook', () => {
  it('lists the builds published for automatic upgrade, newest first, up to 2.6.3.0 (from 2026-03-11)', () => {
    expect(outlook().publishedBuilds.slice(0, 4)).toEqual(['2.6.3.0', '2.6.1.0', '2.5.79.0', '2.5.76.0'])
    expect(outlook().newestPublished).toEqual({ version: '2.6.3.0', from: '2026-03-11' })
  })

  it('lists only the third-party 2.6.92.0 as not documented either way; 2.6.84.0 and 2.6.91.0 are documented download-only', () => {
    expect(outlook().unconfirmedBuilds).toEqual(['2.6.92.0'])
  })

  it('says automatic upgrade stops at 2.6.3.0 and will never carry a server over the 2027 floor', () => {
    expect(outlook().ceiling).toBe(
      'Automatic upgrade stops at 2.6.3.0, the newest build Microsoft published for it: it will never bring 2.6.84.0, the minimum from 2027-04-07 ' +
        '(every build from 2.6.84.0 on is download only). Automatic upgrade alone will never carry a server over that floor; plan a manual upgrade.',
    )
  })

  it('says "not yet", not "never", while no build at or above the floor has been released (target 2.6.3.0, March 2026)', () => {
    const earlier = outlook({ target: '2.6.3.0', atLeast: '2.6.3.0', version: '2.4.131.0' })
    expect(earlier.ceiling).toContain('no build at or above 2.6.84.0, the minimum from 2027-04-07, is published for it yet')
    expect(earlier.ceiling).not.toContain('never')
  })

  it('leaves out builds newer than the target: they did not exist on the as-of date', () => {
    const march = outlook({ target: '2.6.1.0', atLeast: '2.6.1.0' })
    expect(march.publishedBuilds[0]).toBe('2.6.1.0')
    expect(march.newestPublished).toEqual({ version: '2.6.1.0', from: '2026-02-09' })
    expect(march.unconfirmedBuilds).toEqual([])
    expect(march.delivery).toMatchObject({ kind: 'automatic', text: expect.stringContaining('2.6.1.0 was published for automatic upgrade') })
  })

  it('says an eligible server must install the target manually when no published build reaches it, and why', () => {
    const { delivery } = outlook()
    expect(delivery.kind).toBe('manual')
    expect(delivery.text).toContain('The server is eligible')
    expect(delivery.text).toContain('the newest published is 2.6.3.0')
    expect(delivery.text).toContain('Automatic upgrade alone will never carry a server over that floor')
    expect(delivery.text).toContain('Install 2.6.92.0 (at least 2.6.91.0) manually')
  })

  it('has no ceiling when a published build meets every floor', () => {
    const releases = BUILT_IN_PACK.releases.map((release) => (release.version === '2.6.84.0' ? { ...release, autoUpgrade: 'yes' as const } : release))
    expect(buildAutoUpgradeOutlook(BASE, { ...BUILT_IN_PACK, releases }, formatIsoDate).ceiling).toBeUndefined()
  })

  it('says automatic upgrade could deliver when a published build meets the need', () => {
    expect(outlook({ atLeast: '2.5.79.0', target: '2.5.79.0' }).delivery.kind).toBe('automatic')
  })

  it('says the need is met on a new enough build', () => {
    expect(outlook({ version: '2.6.91.0' }).delivery.kind).toBe('met')
    expect(outlook({ version: '2.6.84.0' }).delivery.kind).toBe('manual')
  })

  it('explains each blocker with its fix', () => {
    const { blockers, delivery } = outlook({ blockingCodes: ['UpgradeAbortedSyncCycleDisabled'] })
    expect(blockers).toEqual([expect.objectContaining({ code: 'UpgradeAbortedSyncCycleDisabled', powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $true' })])
    expect(delivery.kind).toBe('manual')
  })

  it('decodes a compound suspension reason', () => {
    const { reason } = outlook({ state: 'Suspended', suspensionReason: 'UpgradeFailedRollbackSuccess-GetPasswordHashSyncStateFailed' })
    expect(reason?.parts).toEqual([expect.objectContaining({ code: 'UpgradeFailedRollbackSuccess', detail: 'GetPasswordHashSyncStateFailed' })])
  })

  it('keeps an unknown reason raw, with no decoded parts', () => {
    expect(outlook({ state: 'Suspended', suspensionReason: 'SomethingNew' }).reason).toEqual({ raw: 'SomethingNew', parts: [] })
  })

  it('says a disabled auto-upgrade leaves the upgrade to the admin', () => {
    expect(outlook({ state: 'Disabled' }).delivery).toMatchObject({ kind: 'manual', text: expect.stringContaining('disabled') })
  })

  it('is unknown without a version', () => {
    expect(outlook({ version: undefined }).delivery.kind).toBe('unknown')
  })
})
