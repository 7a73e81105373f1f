import { describe, expect, it } from 'vitest'
import { cloudSyncTool } from '~shared/rules/customizations/cloud-sync-tool'
import type { Customizations } from '~shared/types/customizations'
import type { InstallDetails } from '~shared/types/install-details'
import { makeDetails, runRule } from '../harness'
import { standardRule, withCustomizations } from './support'

const SMALL: NonNullable<InstallDetails['connect']> = {
  version: '2.6.91.0', cloud: 'commercial', stagingModeEnabled: false, metaverseObjectCount: 1800, features: { directoryExtensions: false },
}
const FITS: Customizations = {
  syncRules: [standardRule('In from AD - User Join', 100)],
  connectors: [{ name: 'contoso.com', type: 'AD', partitions: [{ name: 'DC=contoso,DC=com', inclusions: ['OU=Staff,DC=contoso,DC=com'], exclusions: [] }] }],
  globalSettings: { groupFiltering: false, upnAttribute: 'userPrincipalName' },
}

describe('customizations/cloud-sync-tool', () => {
  it('passes a small single-forest server without customizations, in the Cloud Sync tool route only', () => {
    const finding = runRule(cloudSyncTool, withCustomizations(FITS, SMALL))
    expect(finding.status).toBe('pass')
    expect(finding.data.routes).toEqual(['cloud-sync-tool'])
  })

  it('fails each blocker the tool names', () => {
    const cases: readonly [Customizations, NonNullable<InstallDetails['connect']>, string][] = [
      [{ ...FITS, globalSettings: { groupFiltering: true, upnAttribute: 'userPrincipalName' } }, SMALL, 'group filtering'],
      [{ ...FITS, globalSettings: { groupFiltering: false, upnAttribute: 'mail' } }, SMALL, 'a custom UPN attribute'],
      [{ ...FITS, syncRules: [{ name: 'x', immutableTag: '', precedence: 50 }] }, SMALL, '1 custom sync rules'],
      [FITS, { ...SMALL, features: { directoryExtensions: true } }, 'directory extensions'],
      [FITS, { ...SMALL, metaverseObjectCount: 2001 }, 'more than 2000 objects'],
      [FITS, { ...SMALL, cloud: 'usgov' }, 'a cloud other than the Azure public cloud'],
      [{ ...FITS, connectors: [...(FITS.connectors ?? []), { name: 'fabrikam.com', type: 'AD', partitions: [] }] }, SMALL, '2 forests (the tool takes 1)'],
      [{ ...FITS, connectors: [{ name: 'c', type: 'AD', partitions: [{ inclusions: Array.from({ length: 31 }, (_, i) => `OU=${i}`), exclusions: [] }] }] }, SMALL, 'more than 30 OUs selected in a domain'],
    ]
    for (const [customizations, connect, blocker] of cases) {
      const finding = runRule(cloudSyncTool, withCustomizations(customizations, connect))
      expect(finding.status, blocker).toBe('fail')
      expect(finding.data.blockers, blocker).toContain(blocker)
    }
  })

  it('allows exactly 2,000 objects and 30 OUs', () => {
    const thirty = { ...FITS, connectors: [{ name: 'c', type: 'AD', partitions: [{ inclusions: Array.from({ length: 30 }, (_, i) => `OU=${i}`), exclusions: [] }] }] }
    expect(runRule(cloudSyncTool, withCustomizations(thirty, { ...SMALL, metaverseObjectCount: 2000 })).status).toBe('pass')
  })

  it('warns OU exclusions and a build before the tool', () => {
    const excluded = { ...FITS, connectors: [{ name: 'c', type: 'AD', partitions: [{ inclusions: ['OU=a'], exclusions: ['OU=b,OU=a'] }] }] }
    expect(runRule(cloudSyncTool, withCustomizations(excluded, SMALL)).status).toBe('warn')
    expect(runRule(cloudSyncTool, withCustomizations(FITS, { ...SMALL, version: '2.6.84.0' })).data.changes).toEqual(['upgrade to 2.6.91.0 or later first (the tool ships with it)'])
  })

  it('is unknown when a limit cannot be checked', () => {
    expect(runRule(cloudSyncTool, makeDetails()).status).toBe('unknown')
    const finding = runRule(cloudSyncTool, withCustomizations(FITS, { ...SMALL, metaverseObjectCount: undefined }))
    expect(finding.status).toBe('unknown')
    expect(finding.data.missing).toEqual(['the object count'])
  })
})
