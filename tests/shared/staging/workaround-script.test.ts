import { describe, expect, it } from 'vitest'
import { buildWorkaroundScript } from '~shared/staging/workaround-script'

const script = (serverName: string | undefined = 'AADC01', version: string | undefined = '2.3.20.0') =>
  buildWorkaroundScript({ serverName, version, generatedOn: '2025-06-02' })

function indexOfLine(text: string, needle: string): number {
  const index = text.indexOf(needle)
  expect(index, needle).toBeGreaterThanOrEqual(0)
  return index
}

describe('buildWorkaroundScript', () => {
  it('checks for Windows PowerShell (Desktop), not PowerShell 7', () => {
    expect(script().text).toContain("$PSVersionTable.PSEdition -eq 'Desktop'")
  })

  it('checks for an elevated session', () => {
    expect(script().text).toContain('[Security.Principal.WindowsBuiltInRole]::Administrator')
  })

  it('uses TLS 1.2 before reaching the PowerShell Gallery', () => {
    const { text } = script()
    expect(indexOfLine(text, '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12')).toBeLessThan(
      indexOfLine(text, 'Install-Module -Name ADSyncTools'),
    )
  })

  it('installs or updates ADSyncTools, then imports it', () => {
    const { text } = script()
    expect(text).toContain('if (Get-Module -Name ADSyncTools -ListAvailable) {Update-Module -Name ADSyncTools} else {Install-Module -Name ADSyncTools}')
    expect(text).toContain('Import-Module ADSyncTools')
  })

  it('runs the guards before anything changes, and the cmdlet before the verification', () => {
    const { text } = script()
    const guards = [indexOfLine(text, "PSEdition -eq 'Desktop'"), indexOfLine(text, 'IsInRole'), indexOfLine(text, '$env:COMPUTERNAME')]
    const enable = indexOfLine(text, '\nEnable-ADSyncToolsStagingMode')
    expect(Math.max(...guards)).toBeLessThan(indexOfLine(text, 'Install-Module'))
    expect(enable).toBeLessThan(indexOfLine(text, '$scheduler = Get-ADSyncScheduler'))
  })

  it('verifies StagingModeEnabled and stops when it is not True', () => {
    const { text } = script()
    expect(text).toContain('if (-not $scheduler.StagingModeEnabled) {')
  })

  it('leaves the steps after the upgrade as comments only', () => {
    const lines = script().text.split('\n')
    const after = lines.slice(lines.findIndex((line) => line.startsWith('# After the upgrade')))
    expect(after.join('\n')).toContain('Set-ADSyncScheduler -SyncCycleEnabled $true')
    expect(after.join('\n')).toContain('Start-ADSyncSyncCycle -PolicyType Delta')
    expect(after.join('\n')).toContain('Configure staging mode')
    expect(after.filter((line) => line.trim() !== '').every((line) => line.startsWith('#'))).toBe(true)
  })

  it('names the server and checks it is running there', () => {
    const result = script('AADC01')
    expect(result.text).toContain("if ($env:COMPUTERNAME -ne 'AADC01') {")
    expect(result.fileName).toBe('Enable-StagingMode-AADC01.ps1')
  })

  it('never quotes a server name that is not a plain computer name into the code', () => {
    const result = script("AADC'; Remove-Item C:\\ -Recurse #")
    expect(result.text).not.toContain('Remove-Item')
    expect(result.text).toContain('the server-name check is left out')
    expect(result.fileName).toBe('Enable-StagingMode-server.ps1')
  })

  it('leaves out a version that is not four numbers', () => {
    expect(script('AADC01', '2.3.20.0\nRemove-Item x').text).not.toContain('Remove-Item')
    expect(script('AADC01', '2.3.20.0').text).toContain('(build 2.3.20.0)')
  })

  it('is the same for the same input', () => {
    expect(script()).toEqual(script())
  })
})
