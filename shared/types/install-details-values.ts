/**
 * The install-details document's plain values (docs/interface.md §1): its kind, schema version and
 * the names the contract lists. No zod here: the renderer's first screen imports these, and the
 * schema (install-details.ts, which re-exports them) is loaded only when a document is checked.
 */
import type { InstallDetails } from './install-details'

/** The document kind every install-details file carries. */
export const INSTALL_DETAILS_KIND = 'entra-connect-install-details'
/** The only schema version this build reads. */
export const INSTALL_DETAILS_SCHEMA_VERSION = 1

/** Cloud instances the contract names; `gcc` follows the commercial minimum. */
export const CLOUDS = ['commercial', 'gcc', 'usgov', 'china'] as const
/** Sign-in methods the contract names. */
export const SIGN_IN_METHODS = [
  'PasswordHashSync',
  'PassThroughAuthentication',
  'FederationAdfs',
  'FederationPingFederate',
  'NotConfigured',
] as const
/** Auto-upgrade states; Suspended is set by the system only. */
export const AUTO_UPGRADE_STATES = ['Enabled', 'Suspended', 'Disabled'] as const
/** Optional features the Cloud Sync evaluation and auto-upgrade history care about. */
export const FEATURE_NAMES = [
  'passwordWriteback',
  'groupWriteback',
  'deviceWriteback',
  'exchangeHybrid',
  'directoryExtensions',
  'attributeValueFiltering',
  'hybridJoin',
  'entraDomainServices',
  'crossForestReferences',
  'mergeAttributesAcrossDomains',
] as const

/** An empty document: every fact unknown. */
export function emptyInstallDetails(): InstallDetails {
  return { kind: INSTALL_DETAILS_KIND, schemaVersion: INSTALL_DETAILS_SCHEMA_VERSION }
}
