import { describe, expect, it } from 'vitest'
import { isIsoDate } from '~shared/dates/iso-date'
import { APP_VERSION } from '~shared/app-version'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { validateRulePack } from '~shared/rules/pack/load-pack'

describe('BUILT_IN_PACK', () => {
  it('is dated and versioned: 2026.12.06.1 (one set of migration-tool limits), as of 2026-12-06', () => {
    expect(isIsoDate(BUILT_IN_PACK.asOf)).toBe(true)
    expect(BUILT_IN_PACK).toMatchObject({ version: '2026.12.06.1', asOf: '2026-12-06' })
  })

  it('lists CVE-2026-65673 (Important, CVSS 7.8) for builds below 2.6.84.0, with its Microsoft source', () => {
    expect(BUILT_IN_PACK.vulnerabilities).toEqual([
      expect.objectContaining({ id: 'CVE-2026-65673', severity: 'Important', cvss: 7.8, publishedOn: '2026-08-11', affectedBelow: '2.6.84.0', fixedIn: '2.6.84.0' }),
    ])
    expect(BUILT_IN_PACK.vulnerabilities[0]?.sources[0]?.url).toBe('https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-65673')
  })

  it('is a pack file in the pack format, which the one loader accepts', () => {
    expect(BUILT_IN_PACK).toMatchObject({ kind: 'entra-connect-rule-pack', formatVersion: 1, requiresApp: '>=0.1.0' })
    expect(validateRulePack(BUILT_IN_PACK, APP_VERSION)).toEqual({ ok: true, pack: BUILT_IN_PACK })
  })

  it('keeps the contract deadlines', () => {
    expect(BUILT_IN_PACK.deadlines).toMatchObject({
      hardening2025: { commercialMinimum: '2.4.18.0', nonCommercialMinimum: '2.4.21.0', federationSetupStops: '2025-04-07', wizardSignInStops: '2025-04-30' },
      syncStop2026: { minimum: '2.5.79.0', stops: '2026-09-30' },
      appAuth2027: { minimum: '2.6.84.0', stops: '2027-04-07' },
    })
  })
})
