import { describe, expect, it } from 'vitest'
import { partialUpgrade } from '~shared/rules/version/partial-upgrade'
import { connectOnly, runRule } from '../harness'

describe('version/partial-upgrade', () => {
  it('passes when both versions are equal', () => {
    expect(runRule(partialUpgrade, connectOnly({ version: '2.5.79.0', serverConfigurationVersion: '2.5.79.0' })).status).toBe('pass')
  })

  it('warns when they differ', () => {
    const finding = runRule(partialUpgrade, connectOnly({ version: '2.5.79.0', serverConfigurationVersion: '2.4.131.0' }))
    expect(finding.status).toBe('warn')
    expect(finding.data).toEqual({ version: '2.5.79.0', configurationVersion: '2.4.131.0' })
  })

  it('is unknown without the configuration version', () => {
    expect(runRule(partialUpgrade, connectOnly({ version: '2.5.79.0' })).status).toBe('unknown')
  })

  it('is unknown without the installed version', () => {
    expect(runRule(partialUpgrade, connectOnly({ serverConfigurationVersion: '2.5.79.0' })).status).toBe('unknown')
  })
})
