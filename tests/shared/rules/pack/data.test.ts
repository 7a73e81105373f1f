import { describe, expect, it } from 'vitest'
import { isIsoDate } from '../../../../shared/dates/iso-date'
import { CLOUD_SYNC_MATRIX } from '../../../../shared/rules/pack/cloud-sync-matrix'
import { RULE_PACK } from '../../../../shared/rules/pack/data'
import { RELEASES } from '../../../../shared/rules/pack/releases'
import { UPGRADE_CODES } from '../../../../shared/rules/pack/upgrade-codes'

describe('RULE_PACK', () => {
  it('is dated and versioned', () => {
    expect(isIsoDate(RULE_PACK.asOf)).toBe(true)
    expect(RULE_PACK.version).not.toBe('')
  })

  it('assembles the data files', () => {
    expect(RULE_PACK.releases).toBe(RELEASES)
    expect(RULE_PACK.upgradeCodes).toBe(UPGRADE_CODES)
    expect(RULE_PACK.cloudSync).toBe(CLOUD_SYNC_MATRIX)
  })

  it('keeps the contract deadlines', () => {
    expect(RULE_PACK.deadlines).toMatchObject({
      hardening2025: { commercialMinimum: '2.4.18.0', nonCommercialMinimum: '2.4.21.0', federationSetupStops: '2025-04-07', wizardSignInStops: '2025-04-30' },
      syncStop2026: { minimum: '2.5.79.0', stops: '2026-09-30' },
      appAuth2027: { minimum: '2.6.84.0', stops: '2027-04-07' },
    })
  })
})
