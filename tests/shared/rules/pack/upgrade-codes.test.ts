import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const UPGRADE_CODES = BUILT_IN_PACK.upgradeCodes

const names = UPGRADE_CODES.map((entry) => entry.code)

describe('UPGRADE_CODES', () => {
  it('has unique codes', () => {
    expect(new Set(names).size).toBe(names.length)
  })

  it('gives every code a meaning and a fix', () => {
    for (const entry of UPGRADE_CODES) {
      expect(entry.meaning.trim()).not.toBe('')
      expect(entry.fix.trim()).not.toBe('')
    }
  })

  it('holds both spellings of the "exe in use" code', () => {
    expect(names).toEqual(expect.arrayContaining(['UpgradeAbortedSyncExeInUse', 'UpgradeAbortedAdSyncExeInUse']))
  })

  it('holds every blocking code the contract names', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'UpgradeNotSupportedInvalidPersistedState', 'UpgradeNotSupportedNonLocalDbInstall', 'UpgradeNotSupportedLocalDbSizeExceeded',
        'UpgradeNotSupportedAADHealthUploadDisabled', 'UpgradeNotSupportedTLSVersionIncorrect', 'UpgradeNotSupportedCustomizedSyncRules',
        'UpgradeAbortedSyncCycleDisabled',
      ]),
    )
  })

  it('keeps the historical codes, marked uncertain', () => {
    const historical = UPGRADE_CODES.filter((entry) => entry.era === 'historical')
    expect(historical).toHaveLength(9)
    expect(historical.every((entry) => entry.confidence === 'uncertain')).toBe(true)
  })

  it('says what each prefix does', () => {
    for (const entry of UPGRADE_CODES) {
      if (entry.code.startsWith('UpgradeAborted')) expect(entry.effect).toBe('aborts')
      if (entry.code.startsWith('UpgradeNotSupported')) expect(entry.effect).toBe('blocks')
    }
  })
})
