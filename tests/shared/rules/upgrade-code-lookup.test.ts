import { describe, expect, it } from 'vitest'
import { codeRemediation, decodeReason, decodeToken, findUpgradeCode } from '~shared/rules/upgrade-code-lookup'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('upgrade code lookup', () => {
  it('finds a code whatever its case', () => {
    expect(findUpgradeCode(BUILT_IN_PACK, 'upgradenotsupportednonlocaldbinstall')?.code).toBe('UpgradeNotSupportedNonLocalDbInstall')
  })

  it('decodes a compound token by its prefix', () => {
    expect(decodeToken(BUILT_IN_PACK, 'UpgradeFailedRollbackSuccess-Anything')).toMatchObject({ code: { code: 'UpgradeFailedRollbackSuccess' }, detail: 'Anything' })
  })

  it('does not decode a prefix without a detail, or an unknown prefix', () => {
    expect(decodeToken(BUILT_IN_PACK, 'UpgradeFailedRollbackSuccess-')).toBeUndefined()
    expect(decodeToken(BUILT_IN_PACK, 'Nope-Detail')).toBeUndefined()
  })

  it('refuses a reason with any unknown token', () => {
    expect(decodeReason(BUILT_IN_PACK, 'UpgradeAbortedSyncExeInUse; Whatever')).toBeUndefined()
    expect(decodeReason(BUILT_IN_PACK, '   ')).toBeUndefined()
  })

  it('turns a code into a remediation step with its PowerShell', () => {
    const code = findUpgradeCode(BUILT_IN_PACK, 'UpgradeAbortedSyncCycleDisabled')
    expect(code && codeRemediation(code)).toMatchObject({ powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $true' })
  })
})
