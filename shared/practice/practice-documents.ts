/**
 * The install-details documents of the practice scenarios: one well-kept server, and five
 * variations of it that each teach one problem.
 */
import type { InstallDetails } from '../types/install-details'

type Connect = NonNullable<InstallDetails['connect']>
type Server = NonNullable<InstallDetails['server']>

const TLS_OK = {
  netFx64: { SystemDefaultTlsVersions: 1, SchUseStrongCrypto: 1 },
  netFx32: { SystemDefaultTlsVersions: 1, SchUseStrongCrypto: 1 },
  schannelServer: { Enabled: 1, DisabledByDefault: 0 },
  schannelClient: { Enabled: 1, DisabledByDefault: 0 },
}

const FEATURES_OFF = {
  passwordWriteback: true, groupWriteback: false, deviceWriteback: false, exchangeHybrid: true, directoryExtensions: false,
  attributeValueFiltering: false, hybridJoin: false, entraDomainServices: false, crossForestReferences: false, mergeAttributesAcrossDomains: false,
}

const WS2022: Server['os'] = { caption: 'Microsoft Windows Server 2022 Standard', build: 20348, installationType: 'Server' }

function server(name: string, os: Server['os'] = WS2022): Server {
  return { name, domainJoined: true, isDomainController: false, os, memoryGb: 16, freeDiskGb: 120 }
}

function connect(version: string, changes: Partial<Connect> = {}): Connect {
  return {
    version, serverConfigurationVersion: version, cloud: 'commercial', installType: 'express', stagingModeEnabled: false, syncCycleEnabled: true,
    autoUpgrade: { state: 'Enabled', suspensionReason: null }, database: { kind: 'localdb', localDbSizeMb: 2048, sqlVersion: null },
    metaverseObjectCount: 45000, connectorIdentityType: 'ServiceAccount', signInMethod: 'PasswordHashSync', healthUploadEnabled: true,
    customSyncRuleCount: 0, features: FEATURES_OFF, forestCount: 1, largestDomainObjectCount: 45000, largestGroupMemberCount: 1200,
    ...changes,
  }
}

function document(parts: Omit<InstallDetails, 'kind' | 'schemaVersion'>): InstallDetails {
  return {
    kind: 'entra-connect-install-details',
    schemaVersion: 1,
    dotnet: { release: 528449 },
    powershell: { version: '5.1.20348.2849', edition: 'Desktop' },
    tls12: TLS_OK,
    ...parts,
  }
}

/** A current, well-kept server that still has to stay on Connect Sync (two forests, device writeback). */
export const HEALTHY_CURRENT = document({
  collectedAt: '2026-11-20T09:00:00Z',
  server: server('AADC-HEALTHY'),
  connect: connect('2.6.84.0', {
    connectorIdentityType: 'Application', forestCount: 2, metaverseObjectCount: 82000, largestDomainObjectCount: 61000, customSyncRuleCount: 4,
    features: { ...FEATURES_OFF, deviceWriteback: true, hybridJoin: true },
  }),
})

/** A V1 build on Windows Server 2012 R2 with Windows PowerShell 4.0. */
export const V1_2012R2 = document({
  collectedAt: '2025-02-27T14:30:00Z',
  server: server('AADC-LEGACY', { caption: 'Microsoft Windows Server 2012 R2 Standard', build: 9600, installationType: 'Server' }),
  connect: connect('1.6.16.0'),
  dotnet: { release: 461814 },
  powershell: { version: '4.0', edition: 'Desktop' },
  tls12: { ...TLS_OK, netFx64: { SystemDefaultTlsVersions: null, SchUseStrongCrypto: null }, netFx32: { SystemDefaultTlsVersions: null, SchUseStrongCrypto: null } },
})

/** Automatic upgrade tried, failed on password hash sync and rolled back: the system suspended it. */
export const SUSPENDED_AUTO_UPGRADE = document({
  collectedAt: '2026-02-27T08:15:00Z',
  server: server('AADC-SUSPENDED'),
  connect: connect('2.4.131.0', { autoUpgrade: { state: 'Suspended', suspensionReason: 'UpgradeFailedRollbackSuccess-GetPasswordHashSyncStateFailed' } }),
})

/** A 2.3.20.0 custom install whose wizard can no longer switch staging mode (MSOnline retired). */
export const STAGING_WORKAROUND = document({
  collectedAt: '2025-05-28T16:40:00Z',
  server: server('AADC-OLDBUILD', { caption: 'Microsoft Windows Server 2019 Standard', build: 17763, installationType: 'Server' }),
  connect: connect('2.3.20.0', {
    installType: 'custom', autoUpgrade: { state: 'Disabled', suspensionReason: null }, customSyncRuleCount: 2,
    features: { ...FEATURES_OFF, attributeValueFiltering: true },
  }),
  powershell: { version: '5.1.17763.6189', edition: 'Desktop' },
})

/** A US Government tenant on 2.4.18.0: enough for commercial clouds, not for this one. */
export const USGOV_2_4_18 = document({
  collectedAt: '2025-05-12T11:00:00Z',
  server: server('AADC-GOV', { caption: 'Microsoft Windows Server 2019 Standard', build: 17763, installationType: 'Server' }),
  connect: connect('2.4.18.0', { cloud: 'usgov' }),
})

/** A small single-forest tenant with password hash sync and nothing Cloud Sync lacks. */
export const CLOUD_SYNC_CANDIDATE = document({
  collectedAt: '2026-11-20T10:04:00Z',
  server: server('AADC-SMALL'),
  connect: connect('2.6.84.0', {
    connectorIdentityType: 'Application', metaverseObjectCount: 8000, largestDomainObjectCount: 8000, largestGroupMemberCount: 300,
    largestDomainContainerCount: 12,
    features: { ...FEATURES_OFF, exchangeHybrid: false, reconciliation: false, groupFiltering: false, customUpn: false },
  }),
})
