/**
 * Connect Sync vs Cloud Sync: the capability matrix, the migration-readiness criteria, which
 * install details decide the fit, the guided migration tool's limits and the migration deadline.
 *
 * Microsoft does not document the logic of its "Evaluate sync options" tool, so the deciders below
 * are DERIVED from the comparison tables (decision guide ms.date 2026-10-06, what-is-cloud-sync rev
 * 2025-09-29, device sync ms.date 2026-09-29) and the readiness criteria. Plain data only.
 */
import type { SourceRef } from '../types'
import { SOURCE_CLOUD_SYNC_MIGRATION_TOOL, SOURCE_CONNECT_SYNC_WHAT_IS, SOURCE_VERSION_HISTORY } from '../sources'

/** Support for a capability: `contested` where the two Microsoft tables disagree. */
export type Support = 'yes' | 'no' | 'limited' | 'contested'

/** One row of the comparison. */
export interface CloudSyncCapability {
  readonly id: string
  readonly label: string
  readonly connectSync: Support
  readonly cloudSync: Support
  readonly note?: string
}

/**
 * What a decider does when its condition holds: `stay` (evaluate later: stay on Connect Sync for
 * now) or `change` (fits after a change, e.g. managing PTA separately).
 */
export type DeciderEffect = 'stay' | 'change'

/** A condition on one install-details fact. */
export type FactCondition =
  | { readonly fact: string; readonly equals: boolean | string }
  | { readonly fact: string; readonly above: number }
  | { readonly fact: string; readonly oneOf: readonly string[] }

/** One install-details fact that decides the fit; while its fact is unknown, so is the fit. */
export interface CloudSyncDecider {
  readonly id: string
  readonly when: FactCondition
  /** Applies only when this also holds (e.g. password writeback, for the 21Vianet limit). */
  readonly alsoWhen?: FactCondition
  readonly effect: DeciderEffect
  /** What decides, said to the user. */
  readonly label: string
  /** The capability row behind it. */
  readonly capability: string
  /**
   * True for a question no collector answers (reliance on reconciliation): while unanswered it is
   * listed as a question to check, and does not leave the whole fit unknown.
   */
  readonly isOpenQuestion?: boolean
}

/**
 * One limit of the guided migration tool: when its condition holds the tool does not apply and the
 * migration is manual. An unanswered limit is a question to check before using the tool.
 */
export interface MigrationToolLimit {
  readonly id: string
  readonly when: FactCondition
  /** What rules the tool out, said to the user. */
  readonly label: string
}

/** The guided Connect Sync to Cloud Sync migration tool. */
export interface MigrationTool {
  /** The Connect Sync build that ships the tool: older servers upgrade first to use it. */
  readonly fromConnectVersion: string
  readonly maxForests: number
  readonly maxObjects: number
  readonly maxContainersPerDomain: number
  readonly limits: readonly MigrationToolLimit[]
  readonly sources: readonly SourceRef[]
}

/** When Connect Sync tenants must have moved: per tenant, never one date for everyone. */
export interface MigrationDeadline {
  /** False: Microsoft gives no global date. */
  readonly isGlobal: boolean
  /** The deadline as Microsoft describes it, in plain words. */
  readonly text: string
  readonly sources: readonly SourceRef[]
}

/** The matrix, the readiness tiers and the deciders. */
export interface CloudSyncMatrix {
  readonly capabilities: readonly CloudSyncCapability[]
  readonly readiness: {
    readonly readyNow: readonly string[]
    readonly nearTerm: readonly string[]
    readonly evaluateLater: readonly string[]
  }
  readonly limits: { readonly maxObjectsPerDomain: number; readonly maxGroupMembers: number }
  readonly deciders: readonly CloudSyncDecider[]
  readonly migrationTool: MigrationTool
  readonly migrationDeadline: MigrationDeadline
}

const FEATURES = 'connect.features.'

/** The matrix in force: the decision guide (ms.date 2026-10-06) wins where the tables differ. */
export const CLOUD_SYNC_MATRIX: CloudSyncMatrix = {
  capabilities: [
    { id: 'users-groups-contacts', label: 'Users, groups and contacts', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'multiple-forests', label: 'Multiple connected forests', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'disconnected-forests', label: 'Disconnected forests (mergers and acquisitions)', connectSync: 'no', cloudSync: 'yes' },
    { id: 'device-sync', label: 'Device synchronization (hybrid join)', connectSync: 'yes', cloudSync: 'yes', note: 'Supported with provisioning agent 1.1.1107 or later, enabled separately (device sync ms.date 2026-09-29)' },
    { id: 'multiple-active-agents', label: 'Multiple active agents (high availability)', connectSync: 'no', cloudSync: 'yes' },
    { id: 'scale-per-domain', label: 'Objects per AD domain', connectSync: 'yes', cloudSync: 'limited', note: 'Cloud Sync: up to 150,000 objects per AD domain' },
    { id: 'large-groups', label: 'Large groups', connectSync: 'yes', cloudSync: 'limited', note: 'Connect: 250,000 members; Cloud Sync: 50,000' },
    { id: 'password-hash-sync', label: 'Password hash sync', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'password-writeback', label: 'Password writeback', connectSync: 'yes', cloudSync: 'yes', note: 'SSPR with Cloud Sync is not yet available in 21Vianet' },
    { id: 'pta-configuration', label: 'Pass-through authentication setup', connectSync: 'yes', cloudSync: 'no', note: 'Existing PTA and Seamless SSO keep working' },
    { id: 'adfs-setup', label: 'AD FS setup', connectSync: 'yes', cloudSync: 'no', note: 'Managed with separate tools' },
    { id: 'exchange-hybrid', label: 'Exchange hybrid attributes and writeback', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'directory-extensions', label: 'Directory extensions and custom AD attributes', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'advanced-sync-rules', label: 'Advanced sync rules', connectSync: 'yes', cloudSync: 'no', note: 'Basic attribute customization (expression builder) only' },
    { id: 'attribute-filtering', label: 'Filtering on attribute values', connectSync: 'yes', cloudSync: 'contested', note: 'Decision guide: limited; what-is: no' },
    { id: 'device-writeback', label: 'Device writeback', connectSync: 'yes', cloudSync: 'no', note: 'Use Cloud Kerberos trust instead' },
    { id: 'group-writeback-v1', label: 'Group Writeback V1', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'group-provisioning-to-ad', label: 'Group provisioning from the cloud to AD', connectSync: 'no', cloudSync: 'yes' },
    { id: 'reconciliation', label: 'Reconciliation (correcting drift between AD and the cloud)', connectSync: 'yes', cloudSync: 'no', note: 'Not offered by Cloud Sync (decision guide ms.date 2026-10-06)' },
    { id: 'cross-forest-references', label: 'Cross-forest references', connectSync: 'yes', cloudSync: 'no' },
    { id: 'merge-attributes', label: 'Merge attributes from multiple domains', connectSync: 'yes', cloudSync: 'no' },
    { id: 'entra-domain-services', label: 'Microsoft Entra Domain Services', connectSync: 'yes', cloudSync: 'no', note: 'Row only in what-is-cloud-sync rev 2025-09-29' },
    { id: 'on-demand-provisioning', label: 'On-demand provisioning', connectSync: 'no', cloudSync: 'yes' },
    { id: 'us-government', label: 'US Government cloud', connectSync: 'yes', cloudSync: 'yes' },
  ],
  readiness: {
    readyNow: [
      'Fewer than 150,000 objects per AD domain',
      'Groups below 50,000 members',
      'Device sync planned if hybrid join is used',
      'Password hash sync (or AD FS / PTA managed separately)',
      'OU-based rather than complex attribute filtering',
      'Single or connected forests',
    ],
    nearTerm: ['Advanced attribute filtering needed', 'Cloud-to-AD user provisioning needed'],
    evaluateLater: [
      'More than 150,000 objects per domain or groups above 50,000 members',
      'Extensive custom sync rules',
      'Cross-forest dependencies',
      'Reliance on reconciliation',
      'Limited project resources',
    ],
  },
  limits: { maxObjectsPerDomain: 150_000, maxGroupMembers: 50_000 },
  deciders: [
    { id: 'large-domain', when: { fact: 'connect.largestDomainObjectCount', above: 150_000 }, effect: 'stay', label: 'more than 150,000 objects in one AD domain', capability: 'scale-per-domain' },
    { id: 'large-group', when: { fact: 'connect.largestGroupMemberCount', above: 50_000 }, effect: 'stay', label: 'a group above 50,000 members', capability: 'large-groups' },
    { id: 'custom-sync-rules', when: { fact: 'connect.customSyncRuleCount', above: 0 }, effect: 'stay', label: 'custom sync rules', capability: 'advanced-sync-rules' },
    { id: 'device-writeback', when: { fact: `${FEATURES}deviceWriteback`, equals: true }, effect: 'stay', label: 'device writeback', capability: 'device-writeback' },
    { id: 'cross-forest-references', when: { fact: `${FEATURES}crossForestReferences`, equals: true }, effect: 'stay', label: 'cross-forest references', capability: 'cross-forest-references' },
    { id: 'merge-attributes', when: { fact: `${FEATURES}mergeAttributesAcrossDomains`, equals: true }, effect: 'stay', label: 'attributes merged across domains', capability: 'merge-attributes' },
    { id: 'entra-domain-services', when: { fact: `${FEATURES}entraDomainServices`, equals: true }, effect: 'stay', label: 'Microsoft Entra Domain Services', capability: 'entra-domain-services' },
    { id: 'attribute-filtering', when: { fact: `${FEATURES}attributeValueFiltering`, equals: true }, effect: 'change', label: 'filtering on attribute values (limited in Cloud Sync)', capability: 'attribute-filtering' },
    { id: 'hybrid-join', when: { fact: `${FEATURES}hybridJoin`, equals: true }, effect: 'change', label: 'hybrid join (enable device sync in Cloud Sync, provisioning agent 1.1.1107 or later)', capability: 'device-sync' },
    { id: 'sign-in-managed-by-connect', when: { fact: 'connect.signInMethod', oneOf: ['PassThroughAuthentication', 'FederationAdfs', 'FederationPingFederate'] }, effect: 'change', label: 'PTA or federation set up through Connect (manage it separately)', capability: 'pta-configuration' },
    { id: 'reconciliation', when: { fact: `${FEATURES}reconciliation`, equals: true }, effect: 'stay', label: 'reliance on reconciliation', capability: 'reconciliation', isOpenQuestion: true },
    { id: 'sspr-21vianet', when: { fact: 'connect.cloud', equals: 'china' }, alsoWhen: { fact: `${FEATURES}passwordWriteback`, equals: true }, effect: 'change', label: 'password writeback in 21Vianet (not yet with Cloud Sync)', capability: 'password-writeback' },
  ],
  migrationTool: {
    // Version history ms.date 2026-09-16 (2.6.91.0 notes) and the migration tool article ms.date 2026-09-16.
    fromConnectVersion: '2.6.91.0',
    maxForests: 1,
    maxObjects: 2000,
    maxContainersPerDomain: 30,
    limits: [
      { id: 'forests', when: { fact: 'connect.forestCount', above: 1 }, label: 'more than one forest' },
      { id: 'objects', when: { fact: 'connect.metaverseObjectCount', above: 2000 }, label: 'more than 2,000 objects' },
      { id: 'containers', when: { fact: 'connect.largestDomainContainerCount', above: 30 }, label: 'more than 30 containers in a domain' },
      { id: 'cloud', when: { fact: 'connect.cloud', oneOf: ['usgov', 'china'] }, label: 'a cloud other than the Azure public cloud' },
      { id: 'custom-sync-rules', when: { fact: 'connect.customSyncRuleCount', above: 0 }, label: 'custom sync rules' },
      { id: 'group-filtering', when: { fact: `${FEATURES}groupFiltering`, equals: true }, label: 'group-based filtering' },
      { id: 'custom-upn', when: { fact: `${FEATURES}customUpn`, equals: true }, label: 'a custom UPN (another attribute as the user principal name)' },
      { id: 'directory-extensions', when: { fact: `${FEATURES}directoryExtensions`, equals: true }, label: 'directory extensions' },
      { id: 'device-sync', when: { fact: `${FEATURES}hybridJoin`, equals: true }, label: 'device sync (hybrid join)' },
    ],
    sources: [SOURCE_CLOUD_SYNC_MIGRATION_TOOL, SOURCE_VERSION_HISTORY],
  },
  migrationDeadline: {
    isGlobal: false,
    text:
      'Microsoft notifies each eligible tenant of its own migration deadline; an exception by support request does not ' +
      'remove the requirement. There is no global date: Connect Sync retires after Cloud Sync reaches full parity.',
    sources: [SOURCE_CLOUD_SYNC_MIGRATION_TOOL, SOURCE_CONNECT_SYNC_WHAT_IS],
  },
}
