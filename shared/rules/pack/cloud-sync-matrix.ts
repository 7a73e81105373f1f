/**
 * Connect Sync vs Cloud Sync: the capability matrix, the migration-readiness criteria, and which
 * install details decide the fit (facts §7.1 - §7.5).
 *
 * Microsoft does not document the logic of its "Evaluate sync options" tool (facts §7.5), so the
 * deciders below are DERIVED from the two comparison tables and the readiness criteria.
 */

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
}

const FEATURES = 'connect.features.'

/** The matrix in force: the decision guide (ms.date 2026-10-06) wins where the tables differ. */
export const CLOUD_SYNC_MATRIX: CloudSyncMatrix = {
  capabilities: [
    { id: 'users-groups-contacts', label: 'Users, groups and contacts', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'multiple-forests', label: 'Multiple connected forests', connectSync: 'yes', cloudSync: 'yes' },
    { id: 'disconnected-forests', label: 'Disconnected forests (mergers and acquisitions)', connectSync: 'no', cloudSync: 'yes' },
    { id: 'device-sync', label: 'Device synchronization (hybrid join)', connectSync: 'yes', cloudSync: 'contested', note: 'Decision guide 2026-10: yes, enabled separately; what-is rev 2025-09: no' },
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
    { id: 'group-writeback', label: 'Group writeback / group provisioning to AD', connectSync: 'contested', cloudSync: 'yes' },
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
    { id: 'hybrid-join', when: { fact: `${FEATURES}hybridJoin`, equals: true }, effect: 'change', label: 'hybrid join (enable device sync in Cloud Sync)', capability: 'device-sync' },
    { id: 'sign-in-managed-by-connect', when: { fact: 'connect.signInMethod', oneOf: ['PassThroughAuthentication', 'FederationAdfs', 'FederationPingFederate'] }, effect: 'change', label: 'PTA or federation set up through Connect (manage it separately)', capability: 'pta-configuration' },
    { id: 'sspr-21vianet', when: { fact: 'connect.cloud', equals: 'china' }, alsoWhen: { fact: `${FEATURES}passwordWriteback`, equals: true }, effect: 'change', label: 'password writeback in 21Vianet (not yet with Cloud Sync)', capability: 'password-writeback' },
  ],
}
