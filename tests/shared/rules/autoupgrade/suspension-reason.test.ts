import { describe, expect, it } from 'vitest'
import { suspensionReason as rule } from '~shared/rules/autoupgrade/suspension-reason'
import { connectOnly, runRule } from '../harness'

const reason = (text: string | null, state: 'Enabled' | 'Suspended' | 'Disabled' = 'Suspended') =>
  runRule(rule, connectOnly({ autoUpgrade: { state, suspensionReason: text } }))

describe('autoupgrade/suspension-reason', () => {
  it('decodes a current code', () => {
    const finding = reason('UpgradeNotSupportedNonLocalDbInstall')
    expect(finding).toMatchObject({ status: 'warn', messageId: 'known', data: { codes: ['UpgradeNotSupportedNonLocalDbInstall'], effects: ['blocks'] } })
  })

  it.each(['UpgradeAbortedSyncExeInUse', 'UpgradeAbortedAdSyncExeInUse'])('decodes the spelling %s', (code) => {
    expect(reason(code)).toMatchObject({ status: 'warn', data: { codes: [code], effects: ['aborts'] } })
  })

  it('marks the example-only spelling as uncertain', () => {
    expect(reason('UpgradeAbortedAdSyncExeInUse').confidence).toBe('uncertain')
  })

  it('decodes a compound reason by its prefix and shows the detail', () => {
    const finding = reason('UpgradeFailedRollbackSuccess-GetPasswordHashSyncStateFailed')
    expect(finding).toMatchObject({
      status: 'warn',
      messageId: 'compound',
      data: { codes: ['UpgradeFailedRollbackSuccess'], detail: 'GetPasswordHashSyncStateFailed', effects: ['rolled-back'] },
    })
  })

  it.each(['AADHealthEndpointNotDefined', 'DirSyncInPlaceUpgradeNonLocalDb'])('decodes the non-UpgradeResult reason %s', (code) => {
    expect(reason(code)).toMatchObject({ status: 'warn', data: { effects: ['suspends'] } })
  })

  it('decodes a historical code, spelled as documented', () => {
    expect(reason('UpgradeNotSupportedMetaverseSizeExceeeded')).toMatchObject({ status: 'warn', confidence: 'uncertain' })
  })

  it('ignores case and surrounding space', () => {
    expect(reason('  upgradeabortedsynccycledisabled\r\n').data).toMatchObject({ codes: ['UpgradeAbortedSyncCycleDisabled'] })
  })

  it('decodes several codes in one reason, with a fix for each', () => {
    const finding = reason('UpgradeNotSupportedNonLocalDbInstall, UpgradeAbortedSyncCycleDisabled')
    expect(finding.data.codes).toEqual(['UpgradeNotSupportedNonLocalDbInstall', 'UpgradeAbortedSyncCycleDisabled'])
    expect(finding.remediation).toHaveLength(2)
  })

  it('is unknown for text it does not know, showing it raw', () => {
    expect(reason('SomethingNew-42')).toMatchObject({ status: 'unknown', messageId: 'unrecognised', data: { reason: 'SomethingNew-42' } })
  })

  it('is not applicable when no reason is recorded', () => {
    expect(reason(null, 'Enabled').status).toBe('not-applicable')
    expect(reason('   ').status).toBe('not-applicable')
  })

  it('is unknown when suspended and the reason was not collected', () => {
    expect(runRule(rule, connectOnly({ autoUpgrade: { state: 'Suspended' } }))).toMatchObject({ status: 'unknown', messageId: 'unknown-missing' })
  })

  it('is not applicable for an empty document', () => {
    expect(runRule(rule, connectOnly({})).status).toBe('not-applicable')
  })
})
