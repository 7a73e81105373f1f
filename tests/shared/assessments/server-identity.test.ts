/**
 * Servers are told apart by their FQDN, tenant and customer; a short name alone does not decide.
 */
import { describe, expect, it } from 'vitest'
import { compareIdentities, identityLabel, isWorthAsking, serverIdentity } from '~shared/assessments/server-identity'
import type { InstallDetails } from '~shared/types/install-details'

function details(server: Record<string, unknown>, connect: Record<string, unknown> = {}): InstallDetails {
  return { kind: 'entra-connect-install-details', schemaVersion: 1, server, connect } as InstallDetails
}

describe('serverIdentity', () => {
  it('reads the short name, FQDN, tenant and customer, case and spaces ignored', () => {
    expect(serverIdentity({ customer: ' Contoso ', serverName: '' }, details({ name: 'aadc01', fqdn: 'AADC01.Corp.Contoso.com' }, { tenant: 'Contoso.onmicrosoft.com' }))).toEqual({
      shortName: 'AADC01',
      fqdn: 'aadc01.corp.contoso.com',
      tenant: 'contoso.onmicrosoft.com',
      customer: 'contoso',
    })
  })

  it('takes a typed FQDN as the FQDN when the details have none, and knows nothing from nothing', () => {
    expect(serverIdentity({ serverName: 'aadc01.contoso.com' }, undefined)).toEqual({ shortName: 'AADC01', fqdn: 'aadc01.contoso.com', tenant: null, customer: null })
    expect(serverIdentity({ customer: '', serverName: '  ' }, undefined)).toEqual({ shortName: null, fqdn: null, tenant: null, customer: null })
  })
})

describe('compareIdentities', () => {
  const of = (serverName: string, fqdn?: string, customer?: string, tenant?: string) =>
    serverIdentity({ serverName, ...(customer === undefined ? {} : { customer }) }, details({ ...(fqdn === undefined ? {} : { fqdn }) }, tenant === undefined ? {} : { tenant }))

  it('same FQDN in another letter case: the same server', () => {
    expect(compareIdentities(of('AADC01', 'aadc01.contoso.com'), of('aadc01', 'AADC01.CONTOSO.COM'))).toBe('same')
  })

  it('same short name, another FQDN: two servers', () => {
    expect(compareIdentities(of('AADC01', 'aadc01.contoso.com'), of('AADC01', 'aadc01.fabrikam.com'))).toBe('different')
  })

  it('same short name and FQDN, another tenant: two servers', () => {
    expect(compareIdentities(of('AADC01', 'aadc01.corp.local', undefined, 'a.onmicrosoft.com'), of('AADC01', 'aadc01.corp.local', undefined, 'b.onmicrosoft.com'))).toBe('different')
  })

  it('same short name, no FQDN, different customers: two servers', () => {
    expect(compareIdentities(of('AADC01', undefined, 'Contoso'), of('AADC01', undefined, 'Fabrikam'))).toBe('different')
  })

  it('same short name and customer: the same server', () => {
    expect(compareIdentities(of('AADC01', undefined, 'Contoso'), of('aadc01', undefined, ' contoso'))).toBe('same')
  })

  it('only the short name known: unknown (the Fleet offers to fold them)', () => {
    expect(compareIdentities(of('AADC01'), of('aadc01'))).toBe('unknown')
    expect(compareIdentities(of('AADC01', undefined, 'Contoso'), of('AADC01'))).toBe('unknown')
    expect(isWorthAsking(of('AADC01'), of('aadc01'))).toBe(true)
    expect(isWorthAsking(of('AADC01', undefined, 'Contoso'), of('AADC01'))).toBe(true)
  })

  it('one known by its FQDN, the other by its customer: unknown, but not asked about', () => {
    expect(compareIdentities(of('AADC01', 'aadc01.contoso.com'), of('AADC01', undefined, 'Contoso'))).toBe('unknown')
    expect(isWorthAsking(of('AADC01', 'aadc01.contoso.com'), of('AADC01', undefined, 'Contoso'))).toBe(false)
    expect(isWorthAsking(of('AADC01', 'aadc01.contoso.com'), of('AADC01', 'aadc01.fabrikam.com'))).toBe(false)
  })

  it('another short name, or no name at all: two servers', () => {
    expect(compareIdentities(of('AADC01', undefined, 'Contoso'), of('AADC02', undefined, 'Contoso'))).toBe('different')
    expect(compareIdentities(of(''), of(''))).toBe('different')
  })
})

describe('identityLabel', () => {
  it('names the server by its short name and FQDN', () => {
    expect(identityLabel(serverIdentity({ serverName: 'AADC01' }, details({ fqdn: 'aadc01.contoso.com' })))).toBe('AADC01 (aadc01.contoso.com)')
    expect(identityLabel(serverIdentity({ serverName: 'AADC01' }, undefined))).toBe('AADC01')
  })
})
