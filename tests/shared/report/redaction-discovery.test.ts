import { describe, expect, it } from 'vitest'
import { PlaceholderRegistry, registerByKey, registerDomain, registerPatterns, registerServer } from '~shared/report/redaction-discovery'

function found(register: (registry: PlaceholderRegistry) => void): Record<string, string> {
  const registry = new PlaceholderRegistry()
  register(registry)
  return Object.fromEntries(registry.entries())
}

describe('PlaceholderRegistry', () => {
  it('numbers each kind in the order first seen, case-insensitively, and ignores one-letter names', () => {
    expect(
      found((registry) => {
        registry.register('SERVER', 'AADC01')
        registry.register('SERVER', 'aadc01')
        registry.register('DOMAIN', 'contoso.com')
        registry.register('SERVER', 'AADC02')
        registry.register('SERVER', 'x')
      }),
    ).toEqual({ aadc01: 'SERVER-1', 'contoso.com': 'DOMAIN-1', aadc02: 'SERVER-2' })
  })
})

describe('registerDomain', () => {
  it('registers the name, its registrable domain and the organisation label', () => {
    expect(found((registry) => registerDomain(registry, 'dc01.corp.contoso.co.uk'))).toEqual({ 'dc01.corp.contoso.co.uk': 'DOMAIN-1', 'contoso.co.uk': 'DOMAIN-2', contoso: 'DOMAIN-3' })
  })

  it('splits off a known server host', () => {
    expect(found((registry) => (registerServer(registry, 'AADC01'), registerDomain(registry, 'aadc01.contoso.com')))).toEqual({ aadc01: 'SERVER-1', 'contoso.com': 'DOMAIN-1', contoso: 'DOMAIN-2' })
  })

  it('treats onmicrosoft.com as a suffix, and skips file names and Microsoft domains', () => {
    expect(found((registry) => registerDomain(registry, 'contoso.onmicrosoft.com'))).toEqual({ 'contoso.onmicrosoft.com': 'DOMAIN-1', contoso: 'DOMAIN-2' })
    expect(found((registry) => ['aadc01.json', 'learn.microsoft.com', 'login.microsoftonline.com'].forEach((name) => registerDomain(registry, name)))).toEqual({})
  })
})

describe('registerPatterns', () => {
  it('finds GUIDs, UPNs, DOMAIN\\user, the connector and service accounts, and FQDNs', () => {
    const text = 'tenant 72F988BF-86F1-41AF-91AB-2D7CD011DB47, bob@fabrikam.com, FABRIKAM\\svc-sync, MSOL_abc123, ADSyncMSA1a$, Sync_HOST_0a1b, host.fabrikam.net; 5.1.17763.6189 and report.json are not names'
    expect(found((registry) => registerPatterns(registry, text))).toEqual({
      '72f988bf-86f1-41af-91ab-2d7cd011db47': 'TENANT-1',
      'bob@fabrikam.com': 'ACCOUNT-1',
      'fabrikam.com': 'DOMAIN-1',
      fabrikam: 'DOMAIN-2',
      'fabrikam\\svc-sync': 'ACCOUNT-2',
      'svc-sync': 'ACCOUNT-3',
      msol_abc123: 'ACCOUNT-4',
      'adsyncmsa1a$': 'ACCOUNT-5',
      sync_host_0a1b: 'ACCOUNT-6',
      'host.fabrikam.net': 'DOMAIN-3',
      'fabrikam.net': 'DOMAIN-4',
    })
  })
})

describe('registerPatterns and a connector’s names', () => {
  it('takes a DNS domain before the account for the domain, never its last label alone', () => {
    expect(found((registry) => registerPatterns(registry, 'contoso.com\\MSOL_1a2b3c4d5e6f'))).toEqual({
      'contoso.com\\msol_1a2b3c4d5e6f': 'ACCOUNT-1',
      'contoso.com': 'DOMAIN-1',
      contoso: 'DOMAIN-2',
      msol_1a2b3c4d5e6f: 'ACCOUNT-2',
    })
  })

  it('takes each OU of a distinguished name whole, and its DC= parts for the domain', () => {
    expect(found((registry) => registerPatterns(registry, 'OU=Disabled,OU=Sales Team,DC=fabrikam, DC=local'))).toEqual({
      'ou=disabled': 'OU-1',
      'ou=sales team': 'OU-2',
      'fabrikam.local': 'DOMAIN-1',
      fabrikam: 'DOMAIN-2',
    })
  })

  it('keeps the tenant’s initial domain whole when its organisation is already known', () => {
    expect(found((registry) => registerPatterns(registry, 'contoso.com; contoso.onmicrosoft.com - AAD'))).toEqual({ 'contoso.com': 'DOMAIN-1', contoso: 'DOMAIN-2', 'contoso.onmicrosoft.com': 'DOMAIN-3' })
  })

  it('does not take Microsoft’s rule tags and setting names for domains', () => {
    expect(found((registry) => registerPatterns(registry, 'Microsoft.InfromADUserJoin.003 Microsoft.OptionalFeature.GroupFiltering'))).toEqual({})
  })
})

describe('registerPatterns and the document’s own field paths', () => {
  it('does not take a collector note’s field path for a domain', () => {
    const text = 'connect.cloud connect.database.sqlVersion connect.features.passwordWriteback server.os.installationType'
    expect(found((registry) => registerPatterns(registry, text))).toEqual({})
  })

  it('still finds a host whose first label is a field name', () => {
    expect(found((registry) => registerPatterns(registry, 'server.contoso.com'))).toEqual({ 'server.contoso.com': 'DOMAIN-1', 'contoso.com': 'DOMAIN-2', contoso: 'DOMAIN-3' })
  })
})

describe('registerByKey', () => {
  it('takes one-word values of keys that name a tenant, an account, a domain or a host', () => {
    expect(
      found((registry) => {
        registerByKey(registry, 'tenantName', 'contosoltd')
        registerByKey(registry, 'netbiosDomain', 'CONTOSO')
        registerByKey(registry, 'syncAccount', 'svc_sync')
        registerByKey(registry, 'hostName', 'SYNC7')
        registerByKey(registry, 'domainJoined', 'true')
        registerByKey(registry, 'userNotes', 'two words')
        registerByKey(registry, 'caption', 'WindowsServer')
      }),
    ).toEqual({ contosoltd: 'TENANT-1', contoso: 'DOMAIN-1', svc_sync: 'ACCOUNT-1', sync7: 'SERVER-1' })
  })
})
