import { describe, expect, it } from 'vitest'
import { nameStem, pairStagingServers, type PairCandidate } from '~shared/report/staging-pairs'

const server = (name: string | null, stagingModeEnabled: boolean | null, extra: Partial<PairCandidate> = {}): PairCandidate => ({ key: `${name}.json`, name, stagingModeEnabled, ...extra })

describe('nameStem', () => {
  it.each([
    ['AADC01', 'AADC'],
    ['aadc02.contoso.com', 'AADC'],
    ['AADC-STAGING', 'AADC'],
    ['SYNC-PRI-01', 'SYNC-PRI'],
    ['CONTOSO_SYNC_STG', 'CONTOSO_SYNC'],
    ['01', ''],
  ])('%s → %s', (name, stem) => {
    expect(nameStem(name)).toBe(stem)
  })
})

describe('pairStagingServers', () => {
  it('pairs names that differ by a number, the active one as primary', () => {
    const staging = server('AADC02', true)
    const primary = server('AADC01', false)
    expect(pairStagingServers([staging, primary])).toEqual({
      pairs: [{ primary, staging, matchedBy: 'name', status: 'ok', message: 'AADC01 is active; AADC02 is its staging server.' }],
      unpaired: [],
    })
  })

  it('warns when both are active, and when neither is', () => {
    const both = pairStagingServers([server('AADC01', false), server('AADC02', false)]).pairs[0]
    expect(both).toMatchObject({ status: 'both-active', message: expect.stringContaining('both active') })
    const neither = pairStagingServers([server('AADC-STAGING', true), server('AADC', true)]).pairs[0]
    expect(neither).toMatchObject({ status: 'neither-active', message: expect.stringContaining('both in staging mode') })
  })

  it('says so when a staging mode is unknown', () => {
    expect(pairStagingServers([server('AADC01', false), server('AADC02', null)]).pairs[0]).toMatchObject({
      status: 'unknown',
      message: 'Staging mode of AADC02 is not known: check which of AADC01 and AADC02 is active.',
    })
  })

  it('follows pairWith first, whatever the names', () => {
    const a = server('EAST-SYNC', false, { pairWith: 'west-sync.contoso.com' })
    const b = server('WEST-SYNC', true)
    const c = server('EAST-SYNC2', true)
    const { pairs, unpaired } = pairStagingServers([a, b, c])
    expect(pairs).toEqual([expect.objectContaining({ primary: a, staging: b, matchedBy: 'pair-with', status: 'ok' })])
    expect(unpaired).toEqual([{ server: c, reason: 'no-partner' }])
  })

  it('pairs only within one customer', () => {
    const { pairs, unpaired } = pairStagingServers([server('AADC01', false, { customer: 'Contoso' }), server('AADC02', true, { customer: 'Fabrikam' })])
    expect(pairs).toEqual([])
    expect(unpaired.map((entry) => entry.reason)).toEqual(['no-partner', 'no-partner'])
  })

  it('pairs within one tenant where it is known: two tenants of one (blank) customer are not partners', () => {
    const servers = [
      server('AADC01', false, { key: 'a1', tenant: 'contoso.onmicrosoft.com' }),
      server('AADC02', true, { key: 'a2', tenant: 'Contoso.onmicrosoft.com' }),
      server('AADC01', false, { key: 'b1', tenant: 'fabrikam.onmicrosoft.com' }),
      server('AADC02', true, { key: 'b2', tenant: 'fabrikam.onmicrosoft.com' }),
    ]
    const { pairs, unpaired } = pairStagingServers(servers)
    expect(pairs.map((pair) => [pair.primary.key, pair.staging.key, pair.status])).toEqual([
      ['a1', 'a2', 'ok'],
      ['b1', 'b2', 'ok'],
    ])
    expect(unpaired).toEqual([])
  })

  it('leaves three look-alike names unpaired rather than guess, and servers without a name', () => {
    const { pairs, unpaired } = pairStagingServers([server('AADC01', false), server('AADC02', true), server('AADC03', true), server(null, true)])
    expect(pairs).toEqual([])
    expect(unpaired.map((entry) => [entry.server.name, entry.reason])).toEqual([
      ['AADC01', 'several-candidates'],
      ['AADC02', 'several-candidates'],
      ['AADC03', 'several-candidates'],
      [null, 'no-partner'],
    ])
  })

  it('never pairs a server with itself: two runs or inputs of one host are not a staging pair', () => {
    const before = server('AADC01', false, { key: 'before' })
    const after = server('aadc01.contoso.com', false, { key: 'after', pairWith: 'AADC01' })
    const pairing = pairStagingServers([before, after])
    expect(pairing.pairs).toEqual([])
    expect(pairing.unpaired.map((entry) => entry.reason)).toEqual(['no-partner', 'no-partner'])
    const partner = server('AADC02', true)
    const withPartner = pairStagingServers([after, partner])
    expect(withPartner.pairs).toHaveLength(1)
  })
})
