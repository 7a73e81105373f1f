/**
 * The Cloud Sync facts as the rules read them: a fact given for it (read by the collector, or typed
 * in) answers; where none is, the server's inventory (its sync rules, connectors and global
 * settings, from the collector or the exported settings) answers what it can. Both the Cloud Sync
 * fit and the step's questions read facts through here, so the wizard, the reports and the command
 * line give the same answer for the same inputs.
 *
 * What the guided migration tool refuses (custom rules, group filtering, a custom UPN, more than 30
 * containers in a domain, more than one forest):
 * https://learn.microsoft.com/entra/identity/hybrid/cloud-sync/migrate-connect-sync-cloud-sync-tool
 */
import { sortRules } from '../customizations/sync-rule-kinds'
import { readFieldPath } from '../field-path'
import type { RulePack } from '../pack/types'
import { formatCount } from '../remembered'
import type { Connector } from '~shared/types/customizations'
import type { InstallDetails } from '~shared/types/install-details'

/** What the inventory says about one fact. */
export interface InventoryAnswer {
  readonly value: number | boolean
  /** The inventory field it is read from (`customizations.syncRules`), whose source is the answer's. */
  readonly basis: string
  /** The reading in words: `6 custom sync rules`. */
  readonly text: string
}

/** One Cloud Sync fact: its value (undefined when not known) and what answered it. */
export interface CloudSyncFact {
  readonly value: unknown
  /** `fact`: a value given for the field itself; `inventory`: read from the inventory; undefined: not known. */
  readonly answeredBy: 'fact' | 'inventory' | undefined
  /** The inventory's reading, whether or not it is the answer. */
  readonly inventory: InventoryAnswer | undefined
  /** A value given for the field and the inventory's reading differ (both are shown; the given value is used). */
  readonly disagrees: boolean
}

function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

function adConnectors(details: InstallDetails): readonly Connector[] | undefined {
  return details.customizations?.connectors?.filter((connector) => connector.type === 'AD') ?? undefined
}

function customRuleCount(details: InstallDetails, pack: RulePack): InventoryAnswer | undefined {
  const sorted = sortRules(details, pack.customizations.standardTagPrefix)
  if (sorted === undefined || sorted.unknown.length > 0) {
    return undefined
  }
  return { value: sorted.custom.length, basis: 'customizations.syncRules', text: plural(sorted.custom.length, 'custom sync rule', 'custom sync rules') }
}

function forestCount(details: InstallDetails): InventoryAnswer | undefined {
  const connectors = adConnectors(details)
  return connectors === undefined
    ? undefined
    : { value: connectors.length, basis: 'customizations.connectors', text: plural(connectors.length, 'Active Directory connector', 'Active Directory connectors') }
}

/** The most OUs selected in one domain; unknown when a selected domain's OU filter was not read. */
function containerCount(details: InstallDetails): InventoryAnswer | undefined {
  const partitions = (adConnectors(details) ?? []).flatMap((connector) => connector.partitions ?? []).filter((partition) => partition.selected !== false)
  if (partitions.length === 0 || partitions.some((partition) => partition.inclusions === undefined || partition.inclusions === null)) {
    return undefined
  }
  const most = Math.max(...partitions.map((partition) => partition.inclusions?.length ?? 0))
  return { value: most, basis: 'customizations.connectors', text: `${plural(most, 'OU', 'OUs')} selected in the domain with the most` }
}

function groupFiltering(details: InstallDetails): InventoryAnswer | undefined {
  const value = details.customizations?.globalSettings?.groupFiltering ?? undefined
  return value === undefined ? undefined : { value, basis: 'customizations.globalSettings.groupFiltering', text: value ? 'group filtering is on' : 'group filtering is off' }
}

function customUpn(details: InstallDetails, pack: RulePack): InventoryAnswer | undefined {
  const attribute = details.customizations?.globalSettings?.upnAttribute ?? undefined
  if (attribute === undefined) {
    return undefined
  }
  const isCustom = attribute.toLowerCase() !== pack.cloudSync.migrationTool.upnAttribute.toLowerCase()
  return { value: isCustom, basis: 'customizations.globalSettings.upnAttribute', text: `the user principal name comes from ${attribute}` }
}

const READERS: Readonly<Record<string, (details: InstallDetails, pack: RulePack) => InventoryAnswer | undefined>> = {
  'connect.customSyncRuleCount': customRuleCount,
  'connect.forestCount': forestCount,
  'connect.largestDomainContainerCount': containerCount,
  'connect.features.groupFiltering': groupFiltering,
  'connect.features.customUpn': customUpn,
}

/** The fact paths the inventory can answer. */
export const INVENTORY_ANSWERED_FACTS: readonly string[] = Object.keys(READERS)

/** What the inventory says about `path`, if it says anything. */
export function inventoryAnswer(details: InstallDetails, pack: RulePack, path: string): InventoryAnswer | undefined {
  return Object.hasOwn(READERS, path) ? READERS[path]?.(details, pack) : undefined
}

/**
 * `readCloudSyncFact`'s value and whether the inventory gave it, without the rest: the inventory
 * is not read when a value was given.
 */
export function readCloudSyncValue(details: InstallDetails, pack: RulePack, path: string): { readonly value: unknown; readonly isFromInventory: boolean } {
  const given = readFieldPath(details, path)
  if (given !== undefined && given !== null) {
    return { value: given, isFromInventory: false }
  }
  const inventory = inventoryAnswer(details, pack, path)
  return inventory === undefined ? NOT_KNOWN : { value: inventory.value, isFromInventory: true }
}

const NOT_KNOWN = { value: undefined, isFromInventory: false } as const

/** The fact at `path`: the value given for it, else the inventory's reading, else not known. */
export function readCloudSyncFact(details: InstallDetails, pack: RulePack, path: string): CloudSyncFact {
  const given = readFieldPath(details, path)
  const inventory = inventoryAnswer(details, pack, path)
  if (given !== undefined && given !== null) {
    return { value: given, answeredBy: 'fact', inventory, disagrees: inventory !== undefined && inventory.value !== given }
  }
  return inventory === undefined
    ? { value: undefined, answeredBy: undefined, inventory, disagrees: false }
    : { value: inventory.value, answeredBy: 'inventory', inventory, disagrees: false }
}
