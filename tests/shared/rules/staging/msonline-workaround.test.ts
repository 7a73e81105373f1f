import { describe, expect, it } from 'vitest'
import { msonlineWorkaround } from '~shared/rules/staging/msonline-workaround'
import { makeDetails, runRule } from '../harness'

const server = (version: string, edition?: 'Desktop' | 'Core') =>
  makeDetails({ connect: { version }, ...(edition === undefined ? {} : { powershell: { version: edition === 'Core' ? '7.4.6' : '5.1', edition } }) })

describe('staging/msonline-workaround', () => {
  it('is not applicable the day before 2025-04-30', () => {
    expect(runRule(msonlineWorkaround, server('2.3.20.0'), '2025-04-29').status).toBe('not-applicable')
  })

  it('says ADSyncTools has the Disable cmdlet too, citing its PowerShell Gallery page', () => {
    const finding = runRule(msonlineWorkaround, server('2.3.20.0', 'Desktop'), '2026-12-06')
    expect(finding.caveat).toContain('Disable-ADSyncToolsStagingMode')
    expect(finding.caveat).not.toContain('no matching Disable cmdlet')
    expect(finding.remediation.map((step) => step.powershell ?? '').join('\n')).toContain('Disable-ADSyncToolsStagingMode')
    expect(finding.sources.map((source) => source.url)).toContain('https://www.powershellgallery.com/packages/ADSyncTools')
    expect(finding.headline).toBe('The 2.3.20.0 wizard cannot switch staging mode')
  })

  it('warns an affected build from 2025-04-30', () => {
    expect(runRule(msonlineWorkaround, server('2.3.20.0', 'Desktop'), '2025-04-30').status).toBe('warn')
  })

  it('warns when the PowerShell edition is unknown', () => {
    expect(runRule(msonlineWorkaround, server('2.4.17.0'), '2026-11-26').status).toBe('warn')
  })

  it('fails when the server reports PowerShell Core', () => {
    expect(runRule(msonlineWorkaround, server('2.3.20.0', 'Core'), '2026-11-26').status).toBe('fail')
  })

  it('applies from 2.0.0.0', () => {
    expect(runRule(msonlineWorkaround, server('2.0.0.0'), '2026-11-26').status).toBe('warn')
  })

  it('is not applicable to V1', () => {
    expect(runRule(msonlineWorkaround, server('1.6.16.0'), '2026-11-26').status).toBe('not-applicable')
  })

  it('is not applicable from 2.4.18.0', () => {
    expect(runRule(msonlineWorkaround, server('2.4.18.0', 'Core'), '2026-11-26').status).toBe('not-applicable')
  })

  it('is unknown without a version', () => {
    expect(runRule(msonlineWorkaround, makeDetails()).status).toBe('unknown')
  })
})
