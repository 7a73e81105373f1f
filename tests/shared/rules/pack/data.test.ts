import { describe, expect, it } from 'vitest'
import { isIsoDate } from '../../../../shared/dates/iso-date'
import { CLOUD_SYNC_MATRIX } from '../../../../shared/rules/pack/cloud-sync-matrix'
import { RULE_PACK } from '../../../../shared/rules/pack/data'
import { RELEASES } from '../../../../shared/rules/pack/releases'
import { UPGRADE_CODES } from '../../../../shared/rules/pack/upgrade-codes'

describe('RULE_PACK', () => {
  it('is dated and versioned: 2026.12.06, as of 2026-12-06', () => {
    expect(isIsoDate(RULE_PACK.asOf)).toBe(true)
    expect(RULE_PACK).toMatchObject({ version: '2026.12.06', asOf: '2026-12-06' })
  })

  it('is plain JSON data: strings, finite numbers, booleans, null, arrays and plain objects only', () => {
    const offences: string[] = []
    const visit = (value: unknown, path: string): void => {
      if (value === null || typeof value === 'string' || typeof value === 'boolean') {
        return
      }
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) offences.push(path)
        return
      }
      if (Array.isArray(value)) {
        value.forEach((item, index) => visit(item, `${path}[${String(index)}]`))
        return
      }
      if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`)
        return
      }
      offences.push(`${path} (${typeof value})`)
    }
    visit(RULE_PACK, 'pack')
    expect(offences).toEqual([])
    expect(JSON.parse(JSON.stringify(RULE_PACK))).toEqual(RULE_PACK)
  })

  it('lists CVE-2026-65673 (Important, CVSS 7.8) for builds below 2.6.84.0, with its Microsoft source', () => {
    expect(RULE_PACK.vulnerabilities).toEqual([
      expect.objectContaining({ id: 'CVE-2026-65673', severity: 'Important', cvss: 7.8, publishedOn: '2026-08-11', affectedBelow: '2.6.84.0', fixedIn: '2.6.84.0' }),
    ])
    expect(RULE_PACK.vulnerabilities[0]?.sources[0]?.url).toBe('https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-65673')
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
