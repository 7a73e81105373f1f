import { describe, expect, it } from 'vitest'
import { buildAutoUpgradeOutlook, type OutlookInput } from '../../../shared/autoupgrade/auto-upgrade-outlook'
import { BUILT_IN_PACK } from '../../../shared/rules/pack/built-in'

const BASE: OutlookInput = {
  version: '2.4.131.0',
  state: 'Enabled',
  suspensionReason: undefined,
  blockingCodes: [],
  isEligibilityKnown: true,
  atLeast: '2.6.84.0',
  target: '2.6.92.0',
}

const outlook = (changes: Partial<OutlookInput> = {}) => buildAutoUpgradeOutlook({ ...BASE, ...changes }, BUILT_IN_PACK)

describe('buildAutoUpgradeOutlook', () => {
  it('lists the builds published for automatic upgrade, newest first', () => {
    expect(outlook().publishedBuilds.slice(0, 3)).toEqual(['2.5.79.0', '2.5.76.0', '2.4.131.0'])
  })

  it('lists newer builds not documented as published', () => {
    expect(outlook().unconfirmedBuilds).toEqual(expect.arrayContaining(['2.6.84.0', '2.6.92.0']))
    expect(outlook().unconfirmedBuilds).not.toContain('2.1.15.0')
  })

  it('says an eligible server must install the target manually when no published build reaches it', () => {
    const { delivery } = outlook()
    expect(delivery.kind).toBe('manual')
    expect(delivery.text).toContain('The server is eligible')
    expect(delivery.text).toContain('the newest published is 2.5.79.0')
    expect(delivery.text).toContain('Install 2.6.92.0 (at least 2.6.84.0) manually')
  })

  it('says automatic upgrade could deliver when a published build meets the need', () => {
    expect(outlook({ atLeast: '2.5.79.0', target: '2.5.79.0' }).delivery.kind).toBe('automatic')
  })

  it('says the need is met on a new enough build', () => {
    expect(outlook({ version: '2.6.84.0' }).delivery.kind).toBe('met')
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
