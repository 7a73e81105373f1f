import { describe, expect, it } from 'vitest'
import { RULE_PACK } from '../../../shared/rules/pack/data'
import { codeRemediation, decodeReason, decodeToken, findUpgradeCode } from '../../../shared/rules/upgrade-code-lookup'

describe('upgrade code lookup', () => {
  it('finds a code whatever its case', () => {
    expect(findUpgradeCode(RULE_PACK, 'upgradenotsupportednonlocaldbinstall')?.code).toBe('UpgradeNotSupportedNonLocalDbInstall')
  })

  it('decodes a compound token by its prefix', () => {
    expect(decodeToken(RULE_PACK, 'UpgradeFailedRollbackSuccess-Anything')).toMatchObject({ code: { code: 'UpgradeFailedRollbackSuccess' }, detail: 'Anything' })
  })

  it('does not decode a prefix without a detail, or an unknown prefix', () => {
    expect(decodeToken(RULE_PACK, 'UpgradeFailedRollbackSuccess-')).toBeUndefined()
    expect(decodeToken(RULE_PACK, 'Nope-Detail')).toBeUndefined()
  })

  it('refuses a reason with any unknown token', () => {
    expect(decodeReason(RULE_PACK, 'UpgradeAbortedSyncExeInUse; Whatever')).toBeUndefined()
    expect(decodeReason(RULE_PACK, '   ')).toBeUndefined()
  })

  it('turns a code into a remediation step with its PowerShell', () => {
    const code = findUpgradeCode(RULE_PACK, 'UpgradeAbortedSyncCycleDisabled')
    expect(code && codeRemediation(code)).toMatchObject({ powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $true' })
  })
})
