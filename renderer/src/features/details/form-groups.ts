/**
 * The install-details form's groups, in the order the wizard's steps need them, with each
 * field's label, hint and (for a choice) its options' names.
 */
import { FEATURE_NAMES } from '~shared/types/install-details-values'
import { TYPED_FIELD_PATHS, type FeatureField, type TypedField } from '~renderer/store/typed-fields'

/** How one field is shown. */
export interface FieldView {
  readonly field: TypedField
  readonly label: string
  /** One short line: where to find the value. */
  readonly hint: string
  /** People's names for a choice's values (the value itself is shown otherwise). */
  readonly optionLabels?: Readonly<Record<string, string>>
}

/** A collapsible group of fields. */
export interface FormGroup {
  readonly id: string
  readonly title: string
  readonly fields: readonly FieldView[]
}

const YES_NO_HINT = 'Yes, No, or leave it as I don’t know.'

const FEATURE_LABELS: Readonly<Record<FeatureField, string>> = {
  passwordWriteback: 'Password writeback',
  groupWriteback: 'Group writeback',
  deviceWriteback: 'Device writeback',
  exchangeHybrid: 'Exchange hybrid deployment',
  directoryExtensions: 'Directory extension attributes',
  attributeValueFiltering: 'Filtering on attribute values',
  hybridJoin: 'Hybrid Microsoft Entra join',
  entraDomainServices: 'Microsoft Entra Domain Services',
  crossForestReferences: 'References across forests',
  mergeAttributesAcrossDomains: 'Attributes merged across domains',
}

const tls = (field: TypedField, label: string, key: string): FieldView => ({ field, label, hint: key })
const NETFX64 = 'HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'
const NETFX32 = 'HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319'
const SCHANNEL = 'SCHANNEL\\Protocols\\TLS 1.2'

/** Every group; the form opens with the version group expanded. */
export const FORM_GROUPS: readonly FormGroup[] = [
  {
    id: 'server',
    title: 'Server & OS',
    fields: [
      { field: 'serverName', label: 'Server name', hint: 'The sync server’s computer name, such as AADC01.' },
      { field: 'osCaption', label: 'Windows edition', hint: 'As winver shows it: Windows Server 2019 Standard.' },
      { field: 'osBuild', label: 'Windows Server build', hint: 'From winver: 17763 is 2019, 20348 is 2022.' },
      { field: 'installationType', label: 'Installation type', hint: 'Server Core is not supported.', optionLabels: { Server: 'Server (with Desktop Experience)', 'Server Core': 'Server Core' } },
      { field: 'domainJoined', label: 'Joined to a domain', hint: YES_NO_HINT },
      { field: 'isDomainController', label: 'Is a domain controller', hint: YES_NO_HINT },
      { field: 'memoryGb', label: 'Memory (GB)', hint: 'Installed RAM in GB, such as 16.' },
      { field: 'freeDiskGb', label: 'Free disk space (GB)', hint: 'Free space on the install drive in GB.' },
      { field: 'collectedAt', label: 'Collected at', hint: 'When these details were read: 2026-11-20T10:04:00Z.' },
    ],
  },
  {
    id: 'version',
    title: 'Version',
    fields: [
      { field: 'version', label: 'Entra Connect version', hint: 'All four parts, as Programs and Features shows it: 2.4.27.0' },
      { field: 'serverConfigurationVersion', label: 'Server configuration version', hint: 'Microsoft.Synchronize.ServerConfigurationVersion.' },
      {
        field: 'cloud',
        label: 'Cloud',
        hint: 'US Government and China have a higher 2025 minimum version.',
        optionLabels: { commercial: 'Commercial (worldwide)', gcc: 'GCC (US Government Community, commercial cloud)', usgov: 'US Government (GCC High, DoD)', china: 'China (operated by 21Vianet)' },
      },
      { field: 'installType', label: 'Installed with', hint: 'Express or custom settings, or an upgrade from DirSync.', optionLabels: { express: 'Express settings', custom: 'Custom settings', 'dirsync-upgrade': 'Upgrade from DirSync' } },
    ],
  },
  {
    id: 'prerequisites',
    title: 'Prerequisites',
    fields: [
      { field: 'dotnetRelease', label: '.NET Framework release', hint: 'Release under HKLM\\…\\NDP\\v4\\Full, such as 528449.' },
      { field: 'powershellVersion', label: 'Windows PowerShell version', hint: '$PSVersionTable.PSVersion, such as 5.1.17763.6189.' },
      { field: 'powershellEdition', label: 'PowerShell edition', hint: '$PSVersionTable.PSEdition.', optionLabels: { Desktop: 'Desktop (Windows PowerShell 5.1)', Core: 'Core (PowerShell 7)' } },
      tls('tlsNetFx64SystemDefault', '.NET 64-bit: SystemDefaultTlsVersions', NETFX64),
      tls('tlsNetFx64StrongCrypto', '.NET 64-bit: SchUseStrongCrypto', NETFX64),
      tls('tlsNetFx32SystemDefault', '.NET 32-bit: SystemDefaultTlsVersions', NETFX32),
      tls('tlsNetFx32StrongCrypto', '.NET 32-bit: SchUseStrongCrypto', NETFX32),
      tls('tlsServerEnabled', 'TLS 1.2 Server: Enabled', `${SCHANNEL}\\Server`),
      tls('tlsServerDisabledByDefault', 'TLS 1.2 Server: DisabledByDefault', `${SCHANNEL}\\Server`),
      tls('tlsClientEnabled', 'TLS 1.2 Client: Enabled', `${SCHANNEL}\\Client`),
      tls('tlsClientDisabledByDefault', 'TLS 1.2 Client: DisabledByDefault', `${SCHANNEL}\\Client`),
    ],
  },
  {
    id: 'autoupgrade',
    title: 'Auto-upgrade',
    fields: [
      { field: 'autoUpgradeState', label: 'Auto-upgrade state', hint: 'Get-ADSyncAutoUpgrade.' },
      { field: 'suspensionReason', label: 'Suspension reason', hint: 'Get-ADSyncAutoUpgrade -Detail, such as UpgradeNotSupportedNonLocalDbInstall.' },
    ],
  },
  {
    id: 'staging',
    title: 'Staging & scheduler',
    fields: [
      { field: 'stagingModeEnabled', label: 'Staging mode on', hint: 'StagingModeEnabled in Get-ADSyncScheduler.' },
      { field: 'syncCycleEnabled', label: 'Sync cycle on', hint: 'SyncCycleEnabled in Get-ADSyncScheduler.' },
    ],
  },
  {
    id: 'database',
    title: 'Database',
    fields: [
      { field: 'databaseKind', label: 'Database', hint: 'LocalDB (the default) or a SQL Server.', optionLabels: { localdb: 'LocalDB (SQL Server Express)', sql: 'SQL Server' } },
      { field: 'localDbSizeMb', label: 'LocalDB size (MB)', hint: 'Size of ADSync.mdf in MB; 10 GB is LocalDB’s limit.' },
      { field: 'sqlVersion', label: 'SQL Server version', hint: 'A year such as 2019, or a build such as 15.0.2000.5.' },
    ],
  },
  {
    id: 'identity',
    title: 'Sign-in & identity',
    fields: [
      { field: 'signInMethod', label: 'User sign-in', hint: 'Microsoft.UserSignIn.SignOnMethod.', optionLabels: { PasswordHashSync: 'Password hash sync', PassThroughAuthentication: 'Pass-through authentication', FederationAdfs: 'Federation with AD FS', FederationPingFederate: 'Federation with PingFederate', NotConfigured: 'Not configured' } },
      { field: 'connectorIdentityType', label: 'Connector identity', hint: 'Application-based authentication or a service account.', optionLabels: { Application: 'Application (app-based authentication)', ServiceAccount: 'Service account' } },
      { field: 'healthUploadEnabled', label: 'Health data upload on', hint: 'Connect Health agent uploads; needed for auto-upgrade.' },
    ],
  },
  {
    id: 'features',
    title: 'Features',
    fields: FEATURE_NAMES.map((name) => ({ field: name, label: FEATURE_LABELS[name], hint: YES_NO_HINT })),
  },
  {
    id: 'sizes',
    title: 'Sizes',
    fields: [
      { field: 'forestCount', label: 'Forests', hint: 'How many Active Directory forests sync.' },
      { field: 'largestDomainObjectCount', label: 'Objects in the largest domain', hint: 'Users, groups and contacts in scope.' },
      { field: 'largestGroupMemberCount', label: 'Members of the largest group', hint: 'The largest synced group.' },
      { field: 'metaverseObjectCount', label: 'Metaverse objects', hint: 'From the Synchronization Service Manager.' },
      { field: 'customSyncRuleCount', label: 'Custom sync rules', hint: 'Rules you created in the Rules Editor.' },
    ],
  },
]

/** The label of the field at `path` (`connect.version` → "Entra Connect version"), or the path itself. */
export function labelForPath(path: string): string {
  const found = FORM_GROUPS.flatMap((group) => group.fields).find((view) => TYPED_FIELD_PATHS[view.field] === path)
  return found?.label ?? path
}
