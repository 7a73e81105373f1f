/**
 * Connect Sync beside Cloud Sync, for this server: which capabilities it uses, and what moving
 * would change for each (from the pack's capability matrix, which follows Microsoft's comparison tables:
 * https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/what-is-cloud-sync and
 * https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/connect-to-cloud-sync-decision-guide).
 */
import { readFieldPath } from '../rules/field-path'
import type { CloudSyncCapability, CloudSyncMatrix, Support } from '../rules/pack/cloud-sync-matrix'
import type { InstallDetails } from '../types/install-details'
import { DISCONNECTED_FORESTS_PATH } from './questions'

/**
 * What moving changes for one capability: `loses` (used here, not in Cloud Sync), `limited`,
 * `contested` (the sources disagree), `needed-gain` (needed here, only Cloud Sync has it), `same`,
 * `gains` (Cloud Sync only), `unanswered`, `unused`.
 */
export type CapabilityChange = 'loses' | 'limited' | 'contested' | 'needed-gain' | 'same' | 'gains' | 'unanswered' | 'unused'

/** One row of the side-by-side. */
export interface ComparisonRow {
  readonly id: string
  readonly label: string
  readonly connectSync: Support
  readonly cloudSync: Support
  readonly change: CapabilityChange
  /** What it means for this server, in words. */
  readonly forThisServer: string
}

/** The rows that matter for this server, and how many others are the same either way. */
export interface ServerComparison {
  readonly rows: readonly ComparisonRow[]
  readonly otherCount: number
}

type Usage = (details: InstallDetails, matrix: CloudSyncMatrix) => boolean | undefined

const FEATURE = 'connect.features.'

function flag(path: string): Usage {
  return (details) => {
    const value = readFieldPath(details, path)
    return typeof value === 'boolean' ? value : undefined
  }
}

function above(path: string, limit: (matrix: CloudSyncMatrix) => number): Usage {
  return (details, matrix) => {
    const value = readFieldPath(details, path)
    return typeof value === 'number' ? value > limit(matrix) : undefined
  }
}

function signInIs(...methods: readonly string[]): Usage {
  return (details) => {
    const method = details.connect?.signInMethod ?? undefined
    return method === undefined ? undefined : methods.includes(method)
  }
}

/** Whether this server uses each capability; `undefined` when the fact is not known. */
const USAGE: Readonly<Record<string, Usage>> = {
  'users-groups-contacts': () => true,
  'multiple-forests': above('connect.forestCount', () => 1),
  'disconnected-forests': flag(DISCONNECTED_FORESTS_PATH),
  'device-sync': flag(`${FEATURE}hybridJoin`),
  'scale-per-domain': above('connect.largestDomainObjectCount', (matrix) => matrix.limits.maxObjectsPerDomain),
  'large-groups': above('connect.largestGroupMemberCount', (matrix) => matrix.limits.maxGroupMembers),
  'password-hash-sync': signInIs('PasswordHashSync'),
  'password-writeback': flag(`${FEATURE}passwordWriteback`),
  'pta-configuration': signInIs('PassThroughAuthentication'),
  'adfs-setup': signInIs('FederationAdfs', 'FederationPingFederate'),
  'exchange-hybrid': flag(`${FEATURE}exchangeHybrid`),
  'directory-extensions': flag(`${FEATURE}directoryExtensions`),
  'advanced-sync-rules': above('connect.customSyncRuleCount', () => 0),
  'attribute-filtering': flag(`${FEATURE}attributeValueFiltering`),
  'device-writeback': flag(`${FEATURE}deviceWriteback`),
  'group-writeback-v1': flag(`${FEATURE}groupWriteback`),
  reconciliation: flag(`${FEATURE}reconciliation`),
  'cross-forest-references': flag(`${FEATURE}crossForestReferences`),
  'merge-attributes': flag(`${FEATURE}mergeAttributesAcrossDomains`),
  'entra-domain-services': flag(`${FEATURE}entraDomainServices`),
  'us-government': (details) => (details.connect?.cloud === undefined || details.connect.cloud === null ? undefined : details.connect.cloud === 'usgov'),
}

function changeOf(capability: CloudSyncCapability, isUsed: boolean | undefined): CapabilityChange {
  if (capability.connectSync === 'no' && capability.cloudSync === 'yes') {
    return isUsed === true ? 'needed-gain' : 'gains'
  }
  if (isUsed === undefined) {
    return 'unanswered'
  }
  if (!isUsed) {
    return 'unused'
  }
  const byCloudSupport: Readonly<Record<Support, CapabilityChange>> = { yes: 'same', no: 'loses', limited: 'limited', contested: 'contested' }
  return byCloudSupport[capability.cloudSync]
}

function describe(capability: CloudSyncCapability, change: CapabilityChange): string {
  const note = capability.note === undefined ? '' : ` ${capability.note}.`
  switch (change) {
    case 'loses':
      return `Used here and not available in Cloud Sync: it would have to go or be replaced.${note}`
    case 'needed-gain':
      return `Needed here, and only Cloud Sync offers it.${note}`
    case 'limited':
      return `Used here beyond what Cloud Sync supports.${note}`
    case 'contested':
      return `Used here; the Microsoft tables disagree on Cloud Sync.${note}`
    case 'same':
      return `Used here and works in Cloud Sync too.${note}`
    case 'gains':
      return `New with Cloud Sync.${note}`
    case 'unanswered':
      return 'Not answered yet.'
    case 'unused':
      return 'Not used here.'
  }
}

/** The capabilities this server uses (or has not answered), plus what only Cloud Sync offers. */
export function compareForServer(details: InstallDetails, matrix: CloudSyncMatrix): ServerComparison {
  const all = matrix.capabilities.map((capability): ComparisonRow => {
    const isUsed = USAGE[capability.id]?.(details, matrix)
    const change = changeOf(capability, isUsed)
    return { ...capability, change, forThisServer: describe(capability, change) }
  })
  const order: readonly CapabilityChange[] = ['loses', 'limited', 'contested', 'needed-gain', 'unanswered', 'same', 'gains', 'unused']
  const rows = all.filter((row) => row.change !== 'unused').sort((a, b) => order.indexOf(a.change) - order.indexOf(b.change))
  return { rows, otherCount: all.length - rows.length }
}
