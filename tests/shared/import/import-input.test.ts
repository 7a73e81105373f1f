import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { importInput } from '~shared/intake/import-input'
import type { Fact } from '~shared/import/text-forms/types'

const fixture = (name: string) => readFile(new URL(`../../fixtures/text-forms/${name}`, import.meta.url), 'utf8')

function factMap(facts: readonly Fact[]): Record<string, unknown> {
  return Object.fromEntries(facts.map((fact) => [fact.path, fact.value]))
}

describe('importInput', () => {
  it('reads Get-ADSyncScheduler output (CRLF) into the scheduler facts', async () => {
    const result = importInput({ name: 'scheduler.txt', text: await fixture('get-adsyncscheduler.txt') })
    expect(result.ok && result.format).toBe('get-adsyncscheduler')
    expect(result.ok && factMap(result.facts)).toEqual({
      'connect.syncCycleEnabled': false,
      'connect.stagingModeEnabled': true,
      'connect.schedulerSuspended': false,
      'connect.maintenanceEnabled': true,
    })
  })

  it('reads Get-ADSyncAutoUpgrade -Detail with a compound suspension reason', async () => {
    const result = importInput({ name: 'au.txt', text: await fixture('get-adsyncautoupgrade-detail.txt') })
    expect(result.ok && factMap(result.facts)).toEqual({
      'connect.autoUpgrade.state': 'Suspended',
      'connect.autoUpgrade.suspensionReason': 'UpgradeFailedRollbackSuccess-GetPasswordHashSyncStateFailed',
    })
  })

  it('reads a bare Get-ADSyncAutoUpgrade state', async () => {
    const result = importInput({ name: 'au.txt', text: await fixture('get-adsyncautoupgrade.txt') })
    expect(result.ok && factMap(result.facts)).toEqual({ 'connect.autoUpgrade.state': 'Enabled' })
  })

  it('reads Get-ADSyncAutoUpgrade as Format-List', () => {
    const result = importInput({ name: 'au.txt', text: 'AutoUpgradeState : Suspended\nSuspensionReason : UpgradeAbortedAdSyncExeInUse\n' })
    expect(result.ok && factMap(result.facts)).toEqual({
      'connect.autoUpgrade.state': 'Suspended',
      'connect.autoUpgrade.suspensionReason': 'UpgradeAbortedAdSyncExeInUse',
    })
  })

  it('reads the global settings table, including over-long names', async () => {
    const result = importInput({ name: 'gs.txt', text: await fixture('get-adsyncglobalsettings.txt') })
    expect(result.ok && factMap(result.facts)).toEqual({
      'connect.serverConfigurationVersion': '2.4.21.0',
      'connect.stagingModeEnabled': false,
      'connect.schedulerSuspended': false,
      'connect.autoUpgrade.state': 'Suspended',
      'connect.autoUpgrade.suspensionReason': 'UpgradeNotSupportedNonLocalDbInstall',
      'connect.features.groupWriteback': false,
      'connect.features.deviceWriteback': false,
      'connect.features.directoryExtensions': false,
      'connect.features.exchangeHybrid': true,
      'connect.signInMethod': 'PasswordHashSync',
    })
  })

  it('reads global settings piped to Format-List', () => {
    const text = 'Name  : Microsoft.Synchronize.ServerConfigurationVersion\nValue : 2.5.79.0\n\nName  : Microsoft.UserSignIn.SignOnMethod\nValue : PassThroughAuthentication\n'
    const result = importInput({ name: 'gs.txt', text: text })
    expect(result.ok && factMap(result.facts)).toEqual({
      'connect.serverConfigurationVersion': '2.5.79.0',
      'connect.signInMethod': 'PassThroughAuthentication',
    })
  })

  it('reads reg query for .NET and TLS, marking a value missing under a queried key as absent (null)', async () => {
    const result = importInput({ name: 'reg.txt', text: await fixture('reg-query-dotnet-tls.txt') })
    expect(result.ok && factMap(result.facts)).toEqual({
      'dotnet.release': 528372,
      'tls12.netFx64.SystemDefaultTlsVersions': 1,
      'tls12.netFx64.SchUseStrongCrypto': 1,
      'tls12.netFx32.SchUseStrongCrypto': 1,
      'tls12.netFx32.SystemDefaultTlsVersions': null,
      'tls12.schannelServer.Enabled': 1,
      'tls12.schannelServer.DisabledByDefault': 0,
      'tls12.schannelClient.Enabled': 0,
      'tls12.schannelClient.DisabledByDefault': 0,
    })
  })

  it('reads $PSVersionTable for Windows PowerShell and PowerShell 7', async () => {
    const desktop = importInput({ name: 'ps.txt', text: await fixture('psversiontable.txt') })
    const core = importInput({ name: 'ps7.txt', text: await fixture('psversiontable-core.txt') })
    expect(desktop.ok && factMap(desktop.facts)).toEqual({ 'powershell.version': '5.1.17763.6189', 'powershell.edition': 'Desktop' })
    expect(core.ok && factMap(core.facts)).toEqual({ 'powershell.version': '7.4.6', 'powershell.edition': 'Core' })
  })

  it('takes PowerShell 5.0 without PSEdition as Windows PowerShell (Desktop)', () => {
    const result = importInput({ name: 'ps.txt', text: 'Name   Value\n----   -----\nPSVersion   5.0.10586.117\n' })
    expect(result.ok && factMap(result.facts)).toEqual({ 'powershell.version': '5.0.10586.117', 'powershell.edition': 'Desktop' })
  })

  it('flattens an install-details JSON document into facts', () => {
    const text = JSON.stringify({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0', features: { hybridJoin: true } } })
    const result = importInput({ name: 'aadc.json', text: text })
    expect(result.ok && factMap(result.facts)).toEqual({ 'connect.version': '2.4.27.0', 'connect.features.hybridJoin': true })
  })

  it('names the source and the accepted forms for unknown text', () => {
    const result = importInput({ name: 'notes.txt', text: 'hello world\nthis is not anything' })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/^notes\.txt: this is not a format the app reads\. Expected .*Get-ADSyncScheduler/)
  })

  it('names the source and the problem for truncated JSON', () => {
    const result = importInput({ name: 'aadc.json', text: '{"kind": "entra-connect-install-details", "schemaVersion": 1, "connect": {' })
    expect(!result.ok && result.message).toMatch(/^aadc\.json: the JSON ends early/)
  })

  it('says when a recognised form holds no usable value', () => {
    const result = importInput({ name: 'scheduler.txt', text: 'SyncCycleEnabled : maybe\nStagingModeEnabled : perhaps\n' })
    expect(!result.ok && result.message).toMatch(/^scheduler\.txt: looks like Get-ADSyncScheduler output but holds none.*SyncCycleEnabled is "maybe"/)
  })
})
