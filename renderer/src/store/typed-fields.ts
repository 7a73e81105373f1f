/**
 * Every field of the install-details form: its document path (docs/interface.md §1) and the kind
 * of value it takes, which decides how its text is read and checked.
 */
import { AUTO_UPGRADE_STATES, CLOUDS, FEATURE_NAMES, SIGN_IN_METHODS } from '~shared/types/install-details-values'

/** How a field's text is read. */
export type FieldKind =
  | 'text'
  | 'long-text'
  | 'date-time'
  | 'version'
  | 'powershell-version'
  | 'whole-number'
  | 'amount'
  | 'yes-no'
  | 'choice'
  | 'dword'

/** One field: where its value goes, what kind it is, and (for a choice) the values allowed. */
export interface FieldSpec {
  readonly path: string
  readonly kind: FieldKind
  readonly choices?: readonly string[]
  /** A value to quote in the "enter a number such as …" message. */
  readonly example?: string
}

const BASE_FIELDS = {
  serverName: { path: 'server.name', kind: 'text' },
  domainJoined: { path: 'server.domainJoined', kind: 'yes-no' },
  isDomainController: { path: 'server.isDomainController', kind: 'yes-no' },
  osCaption: { path: 'server.os.caption', kind: 'text' },
  osBuild: { path: 'server.os.build', kind: 'whole-number', example: '17763' },
  installationType: { path: 'server.os.installationType', kind: 'choice', choices: ['Server', 'Server Core'] },
  memoryGb: { path: 'server.memoryGb', kind: 'amount', example: '16' },
  freeDiskGb: { path: 'server.freeDiskGb', kind: 'amount', example: '120' },
  collectedAt: { path: 'collectedAt', kind: 'date-time' },
  version: { path: 'connect.version', kind: 'version' },
  serverConfigurationVersion: { path: 'connect.serverConfigurationVersion', kind: 'version' },
  cloud: { path: 'connect.cloud', kind: 'choice', choices: CLOUDS },
  installType: { path: 'connect.installType', kind: 'choice', choices: ['express', 'custom', 'dirsync-upgrade'] },
  dotnetRelease: { path: 'dotnet.release', kind: 'whole-number', example: '528449' },
  powershellVersion: { path: 'powershell.version', kind: 'powershell-version' },
  powershellEdition: { path: 'powershell.edition', kind: 'choice', choices: ['Desktop', 'Core'] },
  tlsNetFx64SystemDefault: { path: 'tls12.netFx64.SystemDefaultTlsVersions', kind: 'dword' },
  tlsNetFx64StrongCrypto: { path: 'tls12.netFx64.SchUseStrongCrypto', kind: 'dword' },
  tlsNetFx32SystemDefault: { path: 'tls12.netFx32.SystemDefaultTlsVersions', kind: 'dword' },
  tlsNetFx32StrongCrypto: { path: 'tls12.netFx32.SchUseStrongCrypto', kind: 'dword' },
  tlsServerEnabled: { path: 'tls12.schannelServer.Enabled', kind: 'dword' },
  tlsServerDisabledByDefault: { path: 'tls12.schannelServer.DisabledByDefault', kind: 'dword' },
  tlsClientEnabled: { path: 'tls12.schannelClient.Enabled', kind: 'dword' },
  tlsClientDisabledByDefault: { path: 'tls12.schannelClient.DisabledByDefault', kind: 'dword' },
  autoUpgradeState: { path: 'connect.autoUpgrade.state', kind: 'choice', choices: AUTO_UPGRADE_STATES },
  suspensionReason: { path: 'connect.autoUpgrade.suspensionReason', kind: 'long-text' },
  stagingModeEnabled: { path: 'connect.stagingModeEnabled', kind: 'yes-no' },
  syncCycleEnabled: { path: 'connect.syncCycleEnabled', kind: 'yes-no' },
  databaseKind: { path: 'connect.database.kind', kind: 'choice', choices: ['localdb', 'sql'] },
  localDbSizeMb: { path: 'connect.database.localDbSizeMb', kind: 'amount', example: '2048' },
  sqlVersion: { path: 'connect.database.sqlVersion', kind: 'text' },
  signInMethod: { path: 'connect.signInMethod', kind: 'choice', choices: SIGN_IN_METHODS },
  connectorIdentityType: { path: 'connect.connectorIdentityType', kind: 'choice', choices: ['Application', 'ServiceAccount'] },
  healthUploadEnabled: { path: 'connect.healthUploadEnabled', kind: 'yes-no' },
  forestCount: { path: 'connect.forestCount', kind: 'whole-number', example: '1' },
  largestDomainObjectCount: { path: 'connect.largestDomainObjectCount', kind: 'whole-number', example: '45000' },
  largestGroupMemberCount: { path: 'connect.largestGroupMemberCount', kind: 'whole-number', example: '1200' },
  metaverseObjectCount: { path: 'connect.metaverseObjectCount', kind: 'whole-number', example: '45000' },
  customSyncRuleCount: { path: 'connect.customSyncRuleCount', kind: 'whole-number', example: '0' },
} as const satisfies Readonly<Record<string, FieldSpec>>

/** An optional feature's field (its id is the feature's name). */
export type FeatureField = (typeof FEATURE_NAMES)[number]

/** A field of the form. */
export type TypedField = keyof typeof BASE_FIELDS | FeatureField

const FEATURE_FIELDS = Object.fromEntries(
  FEATURE_NAMES.map((name) => [name, { path: `connect.features.${name}`, kind: 'yes-no' }]),
) as Record<FeatureField, FieldSpec>

/** Every field's spec. */
export const FIELD_SPECS: Readonly<Record<TypedField, FieldSpec>> = { ...BASE_FIELDS, ...FEATURE_FIELDS }

/** Every field, in form order. */
export const TYPED_FIELDS = Object.keys(FIELD_SPECS) as TypedField[]

/** Each field's path in the install-details document. */
export const TYPED_FIELD_PATHS = Object.fromEntries(TYPED_FIELDS.map((field) => [field, FIELD_SPECS[field].path])) as Readonly<
  Record<TypedField, string>
>

/** The field whose path is `path`, if the form has one. */
export function fieldForPath(path: string): TypedField | undefined {
  return TYPED_FIELDS.find((field) => FIELD_SPECS[field].path === path)
}
