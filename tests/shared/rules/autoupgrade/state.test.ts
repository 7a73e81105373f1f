import { describe, expect, it } from 'vitest'
import { autoUpgradeState } from '~shared/rules/autoupgrade/state'
import { connectOnly, runRule } from '../harness'

describe('autoupgrade/state', () => {
  it('passes Enabled', () => {
    expect(runRule(autoUpgradeState, connectOnly({ autoUpgrade: { state: 'Enabled' } })).status).toBe('pass')
  })

  it('says, when Enabled, that automatic upgrade stops at 2.6.3.0, below the 2027 minimum', () => {
    const finding = runRule(autoUpgradeState, connectOnly({ autoUpgrade: { state: 'Enabled' } }), '2026-12-06')
    expect(finding).toMatchObject({ status: 'pass', messageId: 'pass-ceiling', data: { newestPublished: '2.6.3.0', floor: '2.6.84.0', reachesFloor: false } })
    expect(finding.message).toContain('Automatic upgrade alone will never carry this server over that floor')
  })

  it('says only "will not", not "never", before any build at or above the floor was released (2026-07-01), and "never" from 2.6.84.0 on (2026-07-07)', () => {
    const enabled = connectOnly({ version: '2.6.3.0', autoUpgrade: { state: 'Enabled' } })
    expect(runRule(autoUpgradeState, enabled, '2026-07-06').message).toContain('Automatic upgrade alone will not carry this server over that floor')
    expect(runRule(autoUpgradeState, enabled, '2026-07-07').message).toContain('Automatic upgrade alone will never carry this server over that floor')
  })

  it('says nothing of the floor to a server already at or above it', () => {
    expect(runRule(autoUpgradeState, connectOnly({ version: '2.6.84.0', autoUpgrade: { state: 'Enabled' } }), '2026-12-06')).toMatchObject({ status: 'pass', messageId: 'pass' })
  })

  it('names the newest build published by the as-of date: 2.6.1.0 the day before 2.6.3.0 began (2026-03-10), 2.6.3.0 on 2026-03-11', () => {
    const enabled = connectOnly({ autoUpgrade: { state: 'Enabled' } })
    expect(runRule(autoUpgradeState, enabled, '2026-03-10').data.newestPublished).toBe('2.6.1.0')
    expect(runRule(autoUpgradeState, enabled, '2026-03-11').data.newestPublished).toBe('2.6.3.0')
  })

  it('warns Suspended, with a problem-stating headline', () => {
    expect(runRule(autoUpgradeState, connectOnly({ autoUpgrade: { state: 'Suspended' } })).headline).toBe('Automatic upgrade is suspended')
  })

  it('warns Suspended', () => {
    expect(runRule(autoUpgradeState, connectOnly({ autoUpgrade: { state: 'Suspended' } }))).toMatchObject({ status: 'warn', messageId: 'suspended' })
  })

  it('warns Disabled, offering the command that enables it', () => {
    const finding = runRule(autoUpgradeState, connectOnly({ autoUpgrade: { state: 'Disabled' } }))
    expect(finding).toMatchObject({ status: 'warn', messageId: 'disabled' })
    expect(finding.remediation.map((step) => step.powershell)).toContain('Set-ADSyncAutoUpgrade -AutoUpgradeState Enabled')
  })

  it('is unknown when not reported', () => {
    expect(runRule(autoUpgradeState, connectOnly({ autoUpgrade: { state: null } })).status).toBe('unknown')
  })
})
