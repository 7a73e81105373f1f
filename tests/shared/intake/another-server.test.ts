/**
 * A second collector document of another server is recognised before it becomes many conflicts.
 */
import { describe, expect, it } from 'vitest'
import { anotherServerOf, type IdentityInput } from '~shared/intake/another-server'
import type { InstallDetails } from '~shared/types/install-details'

const collected = (name: string, fqdn?: string, tenant?: string): IdentityInput => ({
  format: 'install-details-json',
  facts: [
    { path: 'server.name', value: name },
    ...(fqdn === undefined ? [] : [{ path: 'server.fqdn', value: fqdn }]),
    ...(tenant === undefined ? [] : [{ path: 'connect.tenant', value: tenant }]),
    { path: 'connect.version', value: '2.4.27.0' },
  ],
})
const detailsOf = (name: string, fqdn?: string, tenant?: string) =>
  ({ kind: 'entra-connect-install-details', schemaVersion: 1, server: { name, ...(fqdn === undefined ? {} : { fqdn }) }, connect: tenant === undefined ? {} : { tenant } }) as InstallDetails

describe('anotherServerOf', () => {
  it('another short name: "This file is from another server (AADC02, not AADC01)."', () => {
    expect(anotherServerOf([collected('AADC01')], detailsOf('AADC01'), collected('AADC02'))).toEqual({
      incoming: 'AADC02',
      current: 'AADC01',
      message: 'This file is from another server (AADC02, not AADC01).',
    })
  })

  it('the same short name with another FQDN or tenant: named by what differs', () => {
    expect(anotherServerOf([collected('AADC01')], detailsOf('AADC01', 'aadc01.contoso.com'), collected('AADC01', 'aadc01.fabrikam.com'))?.message).toBe(
      'This file is from another server (aadc01.fabrikam.com, not aadc01.contoso.com).',
    )
    expect(anotherServerOf([collected('AADC01')], detailsOf('AADC01', undefined, 'contoso.onmicrosoft.com'), collected('AADC01', undefined, 'fabrikam.onmicrosoft.com'))?.incoming).toBe(
      'AADC01 of fabrikam.onmicrosoft.com',
    )
  })

  it('the same server (FQDN in another case), a first document, a command output or an unnamed file: no question', () => {
    expect(anotherServerOf([collected('AADC01')], detailsOf('AADC01', 'aadc01.contoso.com'), collected('aadc01', 'AADC01.Contoso.com'))).toBeUndefined()
    expect(anotherServerOf([collected('AADC01')], detailsOf('AADC01'), collected('AADC01'))).toBeUndefined()
    expect(anotherServerOf([], detailsOf('AADC01'), collected('AADC02'))).toBeUndefined()
    expect(anotherServerOf([{ format: 'get-adsyncscheduler', facts: [] }], detailsOf('AADC01'), collected('AADC02'))).toBeUndefined()
    expect(anotherServerOf([collected('AADC01')], detailsOf('AADC01'), { format: 'get-adsyncscheduler', facts: [{ path: 'server.name', value: 'AADC02' }] })).toBeUndefined()
    expect(anotherServerOf([collected('AADC01')], detailsOf('AADC01'), { format: 'install-details-json', facts: [] })).toBeUndefined()
  })
})
