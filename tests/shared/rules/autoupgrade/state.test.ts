import { describe, expect, it } from 'vitest'
import { autoUpgradeState } from '../../../../shared/rules/autoupgrade/state'
import { connectOnly, runRule } from '../harness'

describe('autoupgrade/state', () => {
  it('passes Enabled', () => {
    expect(runRule(autoUpgradeState, connectOnly({ autoUpgrade: { state: 'Enabled' } })).status).toBe('pass')
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
