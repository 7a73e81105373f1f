import { describe, expect, it } from 'vitest'
import { eligibility } from '~shared/rules/autoupgrade/eligibility'
import type { InstallDetails } from '~shared/types/install-details'
import { makeDetails, runRule, TLS_OK } from '../harness'

type Connect = NonNullable<InstallDetails['connect']>

const ELIGIBLE: Connect = {
  version: '2.5.79.0',
  installType: 'express',
  database: { kind: 'localdb', localDbSizeMb: 2048 },
  healthUploadEnabled: true,
  customSyncRuleCount: 0,
  syncCycleEnabled: true,
}
const WS2019 = { os: { build: 17763, installationType: 'Server' as const } }
const server = (connect: Partial<Connect>, tls12: InstallDetails['tls12'] = TLS_OK, build = 17763) =>
  makeDetails({ server: { os: { ...WS2019.os, build } }, connect: { ...ELIGIBLE, ...connect }, tls12 })
const codesOf = (details: InstallDetails) => runRule(eligibility, details).data.codes

describe('autoupgrade/eligibility', () => {
  it('passes an eligible express install', () => {
    expect(runRule(eligibility, server({}))).toMatchObject({ status: 'pass', data: { codes: [] } })
  })

  it('blocks a custom install', () => {
    expect(codesOf(server({ installType: 'custom' }))).toEqual(['UpgradeNotSupportedInvalidPersistedState'])
  })

  it('does not block a DirSync upgrade', () => {
    expect(codesOf(server({ installType: 'dirsync-upgrade' }))).toEqual([])
  })

  it('blocks full SQL without a LocalDB size code', () => {
    expect(codesOf(server({ database: { kind: 'sql', sqlVersion: '2019' } }))).toEqual(['UpgradeNotSupportedNonLocalDbInstall'])
  })

  it('blocks LocalDB at 8192 MB but not at 8191 MB', () => {
    expect(codesOf(server({ database: { kind: 'localdb', localDbSizeMb: 8192 } }))).toEqual(['UpgradeNotSupportedLocalDbSizeExceeded'])
    expect(codesOf(server({ database: { kind: 'localdb', localDbSizeMb: 8191 } }))).toEqual([])
  })

  it('blocks when Health uploads are disabled', () => {
    expect(codesOf(server({ healthUploadEnabled: false }))).toEqual(['UpgradeNotSupportedAADHealthUploadDisabled'])
  })

  it('blocks when a TLS 1.2 value is wrong', () => {
    expect(codesOf(server({}, { ...TLS_OK, schannelClient: null }))).toEqual(['UpgradeNotSupportedTLSVersionIncorrect'])
  })

  it('blocks custom sync rules below 2.2.1.0 only', () => {
    expect(codesOf(server({ version: '2.2.0.0', customSyncRuleCount: 3 }))).toEqual(['UpgradeNotSupportedCustomizedSyncRules'])
    expect(codesOf(server({ version: '2.2.1.0', customSyncRuleCount: 3 }))).toEqual([])
  })

  it('blocks when the sync cycle is disabled', () => {
    expect(codesOf(server({ syncCycleEnabled: false }))).toEqual(['UpgradeAbortedSyncCycleDisabled'])
  })

  it('lists every blocking code, in the contract order, with a fix for each', () => {
    const finding = runRule(eligibility, server({ installType: 'custom', database: { kind: 'sql', sqlVersion: '2019' }, healthUploadEnabled: false, syncCycleEnabled: false }))
    expect(finding.status).toBe('fail')
    expect(finding.data.codes).toEqual([
      'UpgradeNotSupportedInvalidPersistedState',
      'UpgradeNotSupportedNonLocalDbInstall',
      'UpgradeNotSupportedAADHealthUploadDisabled',
      'UpgradeAbortedSyncCycleDisabled',
    ])
    expect(finding.remediation).toHaveLength(4)
  })

  it('fails on a known code even when other facts are missing', () => {
    const finding = runRule(eligibility, makeDetails({ connect: { installType: 'custom' } }))
    expect(finding.status).toBe('fail')
    expect(finding.data.missing).toContain('connect.healthUploadEnabled')
  })

  it('is unknown, listing the missing facts, when nothing blocks but facts are missing', () => {
    const finding = runRule(eligibility, server({ healthUploadEnabled: null }, null))
    expect(finding.status).toBe('unknown')
    expect(finding.data.missing).toContain('connect.healthUploadEnabled')
    expect(finding.data.missing).toContain('tls12')
  })

  it('names the TLS values missing from a partial reading', () => {
    const finding = runRule(eligibility, server({}, { netFx64: TLS_OK.netFx64 }))
    expect(finding.status).toBe('unknown')
    expect(finding.data.missing).toContain('tls12.schannelClient.Enabled')
  })

  it('needs the version, to tell a V1 build', () => {
    const withoutVersion = { ...ELIGIBLE, version: null }
    const finding = runRule(eligibility, makeDetails({ server: WS2019, connect: withoutVersion, tls12: TLS_OK }))
    expect(finding).toMatchObject({ status: 'unknown', data: { missing: ['connect.version'] } })
  })

  it('rules out a V1 build, but not the first V2 build', () => {
    const finding = runRule(eligibility, server({ version: '1.6.16.0' }))
    expect(finding).toMatchObject({ status: 'fail', data: { codes: ['NotEligibleV1Build'] } })
    expect(finding.remediation[0]?.text).toContain('swing migration')
    expect(codesOf(server({ version: '2.0.0.0' }))).toEqual([])
  })

  it('rules out Windows Server older than 2016 (build 14393), with its fix', () => {
    const finding = runRule(eligibility, server({}, TLS_OK, 9600))
    expect(finding).toMatchObject({ status: 'fail', data: { codes: ['NotEligibleWindowsServerBelow2016'] } })
    expect(finding.headline).toBe('Automatic upgrade cannot upgrade this server')
    expect(codesOf(server({}, TLS_OK, 14393))).toEqual([])
  })

  it('calls a V1 server on Windows Server 2012 R2 not eligible, with both reasons', () => {
    expect(codesOf(server({ version: '1.6.16.0' }, TLS_OK, 9600))).toEqual(['NotEligibleV1Build', 'NotEligibleWindowsServerBelow2016'])
  })

  it('needs the Windows build', () => {
    const finding = runRule(eligibility, makeDetails({ connect: ELIGIBLE, tls12: TLS_OK }))
    expect(finding).toMatchObject({ status: 'unknown', data: { missing: ['server.os.build'] } })
  })

  it('is unknown for an empty document', () => {
    expect(runRule(eligibility, makeDetails()).status).toBe('unknown')
  })
})
