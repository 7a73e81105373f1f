import { describe, expect, it } from 'vitest'
import { fit } from '../../../../shared/rules/cloudsync/fit'
import type { InstallDetails } from '../../../../shared/types/install-details'
import { connectOnly, runRule } from '../harness'

type Connect = NonNullable<InstallDetails['connect']>

const NO_FEATURES = {
  passwordWriteback: false, groupWriteback: false, deviceWriteback: false, exchangeHybrid: true, directoryExtensions: false,
  attributeValueFiltering: false, hybridJoin: false, entraDomainServices: false, crossForestReferences: false, mergeAttributesAcrossDomains: false,
}
const SIMPLE: Connect = {
  cloud: 'commercial',
  signInMethod: 'PasswordHashSync',
  customSyncRuleCount: 0,
  largestDomainObjectCount: 20_000,
  largestGroupMemberCount: 500,
  features: NO_FEATURES,
}
const server = (connect: Partial<Connect>, features: Partial<typeof NO_FEATURES> = {}) =>
  connectOnly({ ...SIMPLE, ...connect, features: { ...NO_FEATURES, ...features } })

describe('cloudsync/fit', () => {
  it('passes a simple single-forest PHS server', () => {
    expect(runRule(fit, server({}))).toMatchObject({ status: 'pass', data: { stay: [], change: [], missing: [] } })
  })

  it('keeps a server with device writeback on Connect Sync', () => {
    expect(runRule(fit, server({}, { deviceWriteback: true }))).toMatchObject({ status: 'fail', data: { stay: ['device-writeback'] } })
  })

  it('keeps a domain above 150,000 objects on Connect Sync, but not at 150,000', () => {
    expect(runRule(fit, server({ largestDomainObjectCount: 150_001 })).data.stay).toEqual(['large-domain'])
    expect(runRule(fit, server({ largestDomainObjectCount: 150_000 })).status).toBe('pass')
  })

  it('keeps a group above 50,000 members on Connect Sync', () => {
    expect(runRule(fit, server({ largestGroupMemberCount: 50_001 })).data.stay).toEqual(['large-group'])
  })

  it('fits after changes with PTA set up through Connect', () => {
    expect(runRule(fit, server({ signInMethod: 'PassThroughAuthentication' }))).toMatchObject({ status: 'warn', data: { change: ['sign-in-managed-by-connect'] } })
  })

  it('marks a contested deciding row as uncertain', () => {
    expect(runRule(fit, server({}, { hybridJoin: true }))).toMatchObject({ status: 'warn', confidence: 'uncertain' })
  })

  it('flags password writeback in 21Vianet, but not elsewhere', () => {
    expect(runRule(fit, server({ cloud: 'china' }, { passwordWriteback: true })).data.change).toEqual(['sspr-21vianet'])
    expect(runRule(fit, server({ cloud: 'usgov' }, { passwordWriteback: true })).status).toBe('pass')
  })

  it('does not need the cloud when password writeback is off', () => {
    expect(runRule(fit, server({ cloud: null })).status).toBe('pass')
  })

  it('lists every deciding feature', () => {
    const finding = runRule(fit, server({ customSyncRuleCount: 4, signInMethod: 'FederationAdfs' }, { crossForestReferences: true, attributeValueFiltering: true }))
    expect(finding.data).toMatchObject({ stay: ['custom-sync-rules', 'cross-forest-references'], change: ['attribute-filtering', 'sign-in-managed-by-connect'] })
  })

  it('still says stay when a known blocker exists and other answers are missing', () => {
    expect(runRule(fit, connectOnly({ features: { deviceWriteback: true } })).status).toBe('fail')
  })

  it('is unknown when an answer is missing and nothing blocks', () => {
    const finding = runRule(fit, server({ largestGroupMemberCount: null }))
    expect(finding).toMatchObject({ status: 'unknown', data: { missing: ['connect.largestGroupMemberCount'] } })
  })

  it('is unknown for an empty document', () => {
    expect(runRule(fit, connectOnly({})).status).toBe('unknown')
  })
})
