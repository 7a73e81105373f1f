import { describe, expect, it } from 'vitest'
import { MAX_SYNC_RULES } from '~shared/types/customizations'
import { installDetailsSchema } from '~shared/types/install-details'

const HEAD = { kind: 'entra-connect-install-details', schemaVersion: 1 } as const

describe('the customizations block', () => {
  it('is optional: a document without it is valid, and so is an empty block', () => {
    expect(installDetailsSchema.safeParse(HEAD).success).toBe(true)
    expect(installDetailsSchema.safeParse({ ...HEAD, customizations: {} }).success).toBe(true)
    expect(installDetailsSchema.safeParse({ ...HEAD, customizations: null }).success).toBe(true)
  })

  it('reads every fact it describes', () => {
    const parsed = installDetailsSchema.parse({
      ...HEAD,
      customizations: {
        syncRules: [{ name: 'In from AD - User Join', direction: 'Inbound', precedence: 100, connector: 'contoso.com', immutableTag: 'Microsoft.InfromADUserJoin.003', isStandardRule: true, disabled: true }],
        connectors: [{ name: 'contoso.com', type: 'AD', account: 'CONTOSO\\MSOL_1', partitions: [{ name: 'DC=contoso,DC=com', selected: true, inclusions: ['OU=Staff,DC=contoso,DC=com'], exclusions: [] }] }],
        globalSettings: { groupFiltering: false, upnAttribute: 'mail', exportDeletionThresholdEnabled: true, exportDeletionThreshold: 500 },
        exportedSettings: { fileCount: 1, newestFile: 'Applied-SynchronizationPolicy-x.json', exportedAt: '2026-11-02T14:05:12Z', customRules: [{ name: 'a' }] },
        miiserverConfig: { modifiedAfterInstall: true, enforceFipsPolicy: false, hasDiagnosticSourceRedirect: false, hasProxy: true },
        serviceAccount: { startName: 'NT SERVICE\\ADSync', type: 'virtual' },
      },
    })
    expect(parsed.customizations?.syncRules?.[0]?.disabled).toBe(true)
    expect(parsed.customizations?.globalSettings?.upnAttribute).toBe('mail')
  })

  it('refuses a wrong type, an unknown direction and an unbounded list', () => {
    expect(installDetailsSchema.safeParse({ ...HEAD, customizations: { syncRules: [{ precedence: 'high' }] } }).success).toBe(false)
    expect(installDetailsSchema.safeParse({ ...HEAD, customizations: { syncRules: [{ direction: 'Sideways' }] } }).success).toBe(false)
    expect(installDetailsSchema.safeParse({ ...HEAD, customizations: { serviceAccount: { type: 'root' } } }).success).toBe(false)
    const tooMany = Array.from({ length: MAX_SYNC_RULES + 1 }, () => ({}))
    expect(installDetailsSchema.safeParse({ ...HEAD, customizations: { syncRules: tooMany } }).success).toBe(false)
  })
})
