import { describe, expect, it } from 'vitest'
import { flattenDocument } from '~shared/intake/dotted-path'
import { installDetailsSchema, type InstallDetails } from '~shared/types/install-details'
import { setFact } from '~renderer/store/typed-facts'
import { fieldForPath, FIELD_SPECS, TYPED_FIELD_PATHS, TYPED_FIELDS } from '~renderer/store/typed-fields'

// The contract's own example (docs/interface.md §1): every leaf is a field the form must offer.
const CONTRACT_EXAMPLE = {
  kind: 'entra-connect-install-details',
  schemaVersion: 1,
  collectedAt: '2026-11-20T10:04:00Z',
  server: { name: 'AADC01', domainJoined: true, isDomainController: false, os: { caption: 'Windows Server 2019', build: 17763, installationType: 'Server' }, memoryGb: 16, freeDiskGb: 120 },
  connect: {
    version: '2.4.27.0', serverConfigurationVersion: '2.4.27.0', cloud: 'commercial', installType: 'express', stagingModeEnabled: false, syncCycleEnabled: true,
    autoUpgrade: { state: 'Enabled', suspensionReason: 'x' }, database: { kind: 'localdb', localDbSizeMb: 2048, sqlVersion: '2019' }, metaverseObjectCount: 45000,
    connectorIdentityType: 'ServiceAccount', signInMethod: 'PasswordHashSync', healthUploadEnabled: true, customSyncRuleCount: 0,
    features: { passwordWriteback: true, groupWriteback: false, deviceWriteback: false, exchangeHybrid: true, directoryExtensions: false, attributeValueFiltering: false, hybridJoin: false, entraDomainServices: false, crossForestReferences: false, mergeAttributesAcrossDomains: false },
    forestCount: 1, largestDomainObjectCount: 45000, largestGroupMemberCount: 1200,
  },
  dotnet: { release: 528449 },
  powershell: { version: '5.1.17763.6189', edition: 'Desktop' },
  tls12: { netFx64: { SystemDefaultTlsVersions: 1, SchUseStrongCrypto: 1 }, netFx32: { SystemDefaultTlsVersions: 1, SchUseStrongCrypto: 1 }, schannelServer: { Enabled: 1, DisabledByDefault: 0 }, schannelClient: { Enabled: 1, DisabledByDefault: 0 } },
}

describe('the form’s fields', () => {
  it('cover every field of the contract’s install details, once each', () => {
    expect(installDetailsSchema.safeParse(CONTRACT_EXAMPLE).success).toBe(true)
    const contractPaths = flattenDocument(CONTRACT_EXAMPLE).map((fact) => fact.path).sort()
    expect(Object.values(TYPED_FIELD_PATHS).sort()).toEqual(contractPaths)
    expect(TYPED_FIELDS).toHaveLength(new Set(Object.values(TYPED_FIELD_PATHS)).size)
  })

  it('offer only choices the contract’s schema accepts', () => {
    for (const field of TYPED_FIELDS) {
      for (const choice of FIELD_SPECS[field].choices ?? []) {
        const document = setFact(CONTRACT_EXAMPLE as InstallDetails, FIELD_SPECS[field].path, choice)
        expect(installDetailsSchema.safeParse(document).success, `${field}=${choice}`).toBe(true)
      }
    }
  })

  it('find the field of a path', () => {
    expect(fieldForPath('connect.forestCount')).toBe('forestCount')
    expect(fieldForPath('connect.unknown')).toBeUndefined()
  })
})
