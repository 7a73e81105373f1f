import { describe, expect, it } from 'vitest'
import { fit } from '~shared/rules/cloudsync/fit'
import type { InstallDetails } from '~shared/types/install-details'
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

  it('fits hybrid join after a change (device sync is supported now), no longer contested', () => {
    const finding = runRule(fit, server({}, { hybridJoin: true }))
    expect(finding).toMatchObject({ status: 'warn', confidence: 'derived', data: { change: ['hybrid-join'] } })
    expect(finding.message).toContain('provisioning agent 1.1.1107 or later')
  })

  it('still marks a contested deciding row (filtering on attribute values) as uncertain', () => {
    expect(runRule(fit, server({}, { attributeValueFiltering: true }))).toMatchObject({ status: 'warn', confidence: 'uncertain' })
  })

  it('keeps a server that relies on reconciliation on Connect Sync', () => {
    const finding = runRule(fit, server({}, { reconciliation: true } as Partial<typeof NO_FEATURES>))
    expect(finding).toMatchObject({ status: 'fail', data: { stay: ['reconciliation'] }, headline: 'Cloud Sync does not fit yet: reliance on reconciliation' })
  })

  it('lists reliance on reconciliation as a question to check while unanswered, without making the fit unknown', () => {
    const finding = runRule(fit, server({}))
    expect(finding).toMatchObject({ status: 'pass', data: { openQuestions: ['reliance on reconciliation'], missing: [] } })
    expect(finding.message).toContain('check reliance on reconciliation')
    const answered = runRule(fit, server({}, { reconciliation: false } as Partial<typeof NO_FEATURES>))
    expect(answered.data.openQuestions).toEqual([])
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

describe('cloudsync/fit, the guided migration tool and the deadline', () => {
  const TOOL_FIT = { version: '2.6.91.0', forestCount: 1, metaverseObjectCount: 2000, largestDomainContainerCount: 30 }
  const TOOL_FEATURES = { groupFiltering: false, customUpn: false, reconciliation: false } as Partial<typeof NO_FEATURES>
  const toolServer = (connect: Record<string, unknown> = {}, features: Record<string, unknown> = {}) =>
    server({ ...TOOL_FIT, ...connect } as Partial<Connect>, { ...TOOL_FEATURES, ...features } as Partial<typeof NO_FEATURES>)

  it('says the tool applies within every limit (one forest, 2,000 objects, 30 containers)', () => {
    const finding = runRule(fit, toolServer())
    expect(finding).toMatchObject({ status: 'pass', data: { route: 'guided-tool', toolBlockers: [], toolQuestions: [] } })
    expect(finding.message).toContain('The guided migration tool applies')
  })

  it.each([
    ['two forests', { forestCount: 2 }, {}, 'more than one forest'],
    ['2,001 objects', { metaverseObjectCount: 2001 }, {}, 'more than 2,000 objects'],
    ['31 containers', { largestDomainContainerCount: 31 }, {}, 'more than 30 containers in a domain'],
    ['US Government', { cloud: 'usgov' }, {}, 'a cloud other than the Azure public cloud'],
    ['group filtering', {}, { groupFiltering: true }, 'group-based filtering'],
    ['a custom UPN', {}, { customUpn: true }, 'a custom UPN (another attribute as the user principal name)'],
    ['directory extensions', {}, { directoryExtensions: true }, 'directory extensions'],
    ['device sync', {}, { hybridJoin: true }, 'device sync (hybrid join)'],
  ])('needs a manual migration with %s', (_, connect, features, label) => {
    const finding = runRule(fit, toolServer(connect, features))
    expect(finding.data).toMatchObject({ route: 'manual', toolBlockers: [label] })
    expect(finding.message).toContain('a manual migration is needed')
  })

  it('names the tool limits still to check when they are unanswered', () => {
    const finding = runRule(fit, server({ version: '2.6.91.0', forestCount: 1, metaverseObjectCount: 500 }))
    expect(finding.data).toMatchObject({ route: 'check', toolQuestions: ['more than 30 containers in a domain', 'group-based filtering', 'a custom UPN (another attribute as the user principal name)'] })
  })

  it('says the tool comes with Connect 2.6.91.0, so an older server upgrades first', () => {
    expect(runRule(fit, toolServer({ version: '2.6.84.0' })).message).toContain('it comes with Connect Sync 2.6.91.0: upgrade to it first')
    expect(runRule(fit, toolServer()).message).not.toContain('upgrade to it first')
  })

  it('gives the deadline as per tenant, never a global date', () => {
    const finding = runRule(fit, toolServer({ customSyncRuleCount: 2 }))
    expect(finding.status).toBe('fail')
    expect(finding.message).toContain('Microsoft notifies each eligible tenant of its own migration deadline')
    expect(finding.message).toContain('There is no global date')
  })
})

describe('cloudsync/fit: answers from the inventory', () => {
  const customRule = { name: 'In from AD - User Custom Filter', immutableTag: null, isStandardRule: false }
  const standardRule = { name: 'In from AD - User Join', immutableTag: 'Microsoft.InfromADUserJoin.003', isStandardRule: true }
  const withInventory = (connect: Partial<Connect>, customizations: NonNullable<InstallDetails['customizations']>): InstallDetails => ({
    ...server(connect),
    customizations,
  })
  const { customSyncRuleCount: _count, ...WITHOUT_COUNT } = SIMPLE
  const unanswered = (connect: Partial<Connect>): InstallDetails => connectOnly({ ...WITHOUT_COUNT, ...connect, features: NO_FEATURES })

  it('fails on custom rules the collector file lists when no count was given', () => {
    const details = { ...unanswered({}), customizations: { syncRules: [standardRule, customRule] } }
    const finding = runRule(fit, details)
    expect(finding).toMatchObject({ status: 'fail', data: { stay: ['custom-sync-rules'], answeredFromInventory: ['connect.customSyncRuleCount'] } })
  })

  it('passes when the listed rules are all standard', () => {
    const details = { ...unanswered({}), customizations: { syncRules: [standardRule] } }
    expect(runRule(fit, details)).toMatchObject({ status: 'pass', data: { missing: [] } })
  })

  it('uses a typed answer over the inventory (the inventory still shown as disagreeing by the step)', () => {
    expect(runRule(fit, withInventory({ customSyncRuleCount: 0 }, { syncRules: [customRule] })).status).toBe('pass')
    expect(runRule(fit, withInventory({ customSyncRuleCount: 3 }, { syncRules: [standardRule] })).status).toBe('fail')
  })

  it('is unknown, and asks, when neither a count nor a readable rule list is there', () => {
    expect(runRule(fit, unanswered({}))).toMatchObject({ status: 'unknown', data: { missing: ['connect.customSyncRuleCount'] } })
    const unclear = { ...unanswered({}), customizations: { syncRules: [{ name: 'no tag, no flag' }] } }
    expect(runRule(fit, unclear)).toMatchObject({ status: 'unknown', data: { missing: ['connect.customSyncRuleCount'], answeredFromInventory: [] } })
  })

  it('routes the migration from the inventory: group filtering, a custom UPN, OUs and forests', () => {
    const connectors = [{ name: 'contoso.com', type: 'AD', partitions: [{ name: 'DC=contoso,DC=com', inclusions: ['OU=Staff'], exclusions: [] }] }]
    const fits = runRule(fit, withInventory({ metaverseObjectCount: 1500, forestCount: null }, { connectors, globalSettings: { groupFiltering: false, upnAttribute: 'userPrincipalName' } }))
    expect(fits.data).toMatchObject({ route: 'guided-tool', toolBlockers: [], toolQuestions: [] })
    expect(fits.data.toolQuestions).not.toContain('group-based filtering')
    expect(fits.data.answeredFromInventory).toEqual(['connect.forestCount', 'connect.largestDomainContainerCount', 'connect.features.groupFiltering', 'connect.features.customUpn'])
    const blocked = runRule(fit, withInventory({}, { connectors, globalSettings: { groupFiltering: true, upnAttribute: 'mail' } }))
    expect(blocked.data.toolBlockers).toEqual(['group-based filtering', 'a custom UPN (another attribute as the user principal name)'])
    expect(blocked.data.route).toBe('manual')
  })
})
