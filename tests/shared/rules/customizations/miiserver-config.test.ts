import { describe, expect, it } from 'vitest'
import { miiserverConfig } from '~shared/rules/customizations/miiserver-config'
import type { Customizations } from '~shared/types/customizations'
import { makeDetails, runRule } from '../harness'
import { withCustomizations } from './support'

const UNTOUCHED = { modifiedAfterInstall: false, enforceFipsPolicy: null, hasDiagnosticSourceRedirect: true, hasProxy: false }
const FIPS = { modifiedAfterInstall: true, enforceFipsPolicy: false, hasDiagnosticSourceRedirect: false, hasProxy: false }

function on(version: string, config: NonNullable<Customizations['miiserverConfig']>, autoUpgrade: 'Enabled' | 'Disabled' = 'Enabled') {
  return withCustomizations({ miiserverConfig: config }, { version, autoUpgrade: { state: autoUpgrade } })
}

describe('customizations/miiserver-config', () => {
  it('passes an untouched file on any build', () => {
    expect(runRule(miiserverConfig, on('2.6.1.0', UNTOUCHED)).status).toBe('pass')
  })

  it('fails a modified file without the DiagnosticSource redirect on 2.5.190.0 and 2.6.1.0', () => {
    for (const version of ['2.5.190.0', '2.6.1.0']) {
      const finding = runRule(miiserverConfig, on(version, FIPS))
      expect(finding.status, version).toBe('fail')
      expect(finding.messageId).toBe('broken')
    }
  })

  it('warns a modified file with the redirect on a break build, and on builds before the merge: the target must be 2.6.84.0 or later', () => {
    const fixed = runRule(miiserverConfig, on('2.6.1.0', { ...FIPS, hasDiagnosticSourceRedirect: true }))
    expect(fixed.messageId).toBe('before-merge')
    const older = runRule(miiserverConfig, on('2.5.79.0', FIPS))
    expect(older.status).toBe('warn')
    expect(older.message).toContain('2.5.190.0 or 2.6.1.0 breaks sync')
    expect(older.message).toContain('automatic upgrade (from 2.6.3.0) skips it')
    expect(older.message).toContain('2.6.84.0 or later')
    expect(runRule(miiserverConfig, on('2.6.3.0', FIPS, 'Disabled')).message).not.toContain('skips it')
  })

  it('passes a modified file from 2.6.84.0 (merged on upgrade), telling a swing migration to re-apply it', () => {
    const finding = runRule(miiserverConfig, on('2.6.84.0', FIPS))
    expect(finding.status).toBe('pass')
    expect(finding.messageId).toBe('merged')
    expect(finding.data.routes).toEqual(['in-place', 'swing'])
  })

  it('warns proxy settings in the file', () => {
    expect(runRule(miiserverConfig, on('2.6.92.0', { ...UNTOUCHED, modifiedAfterInstall: true, hasProxy: true })).messageId).toBe('proxy')
  })

  it('is unknown without the file facts, the build, or (on a break build) the redirect', () => {
    expect(runRule(miiserverConfig, makeDetails({ connect: { version: '2.6.1.0' } })).status).toBe('unknown')
    expect(runRule(miiserverConfig, withCustomizations({ miiserverConfig: FIPS })).status).toBe('unknown')
    expect(runRule(miiserverConfig, on('2.6.1.0', { modifiedAfterInstall: true })).status).toBe('unknown')
  })
})
