/**
 * The exported settings JSON of Microsoft Entra Connect: `Applied-SynchronizationPolicy-*.json`
 * (written by the wizard after each change, and by "Export settings") and `MigratedPolicy.json`
 * (written by MigrateSettings.ps1 for a swing migration). See
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-import-export-config
 *
 * Microsoft publishes no schema: the field names read here (`onpremisesDirectoryPolicy[]`,
 * `friendlyName`, `partitionFilters[]` with `distinguishedName`, `containerInclusions`,
 * `containerExclusions`, `customSynchronizationRules[]` with `name` and `uniqueIdentifier`) are the
 * ones seen in exported files. Anything else is ignored.
 */
import { MAX_CONNECTORS, MAX_CONTAINERS, MAX_PARTITIONS, MAX_SYNC_RULES } from '~shared/types/customizations'
import type { Fact, FactListItem, TextFormResult } from './types'

/** The top-level key that marks the exported settings (one entry per AD connector). */
export const EXPORTED_SETTINGS_MARKER = 'onpremisesDirectoryPolicy'

const MAX_TEXT = 512

type Json = Readonly<Record<string, unknown>>

const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

/** The first of `keys` present on `record`, matched without regard to case. */
function field(record: Json, ...keys: readonly string[]): unknown {
  const wanted = new Set(keys.map((key) => key.toLowerCase()))
  const found = Object.keys(record).find((key) => wanted.has(key.toLowerCase()))
  return found === undefined ? undefined : record[found]
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, MAX_TEXT) : undefined

/** A list of distinguished names: strings, or objects with a `distinguishedName`. */
function names(value: unknown, notes: string[], what: string): string[] | undefined {
  if (value === undefined || value === null) {
    return undefined
  }
  if (!Array.isArray(value)) {
    notes.push(`${what} is not a list; left unknown`)
    return undefined
  }
  if (value.length > MAX_CONTAINERS) {
    notes.push(`${what} lists ${value.length} containers, more than the ${MAX_CONTAINERS} this app reads; left unknown`)
    return undefined
  }
  return value.map((entry) => text(isRecord(entry) ? field(entry, 'distinguishedName', 'name') : entry)).filter((entry) => entry !== undefined)
}

/** True when `text` (a JSON text) looks like the exported settings, valid or not. */
export function isExportedSyncSettings(text: string): boolean {
  return text.slice(0, 200_000).includes(`"${EXPORTED_SETTINGS_MARKER}"`)
}

/** Reads the AD connectors' OU filtering and the custom rules the file lists. */
export function parseExportedSyncSettings(source: string): TextFormResult {
  const notes: string[] = []
  const result = (facts: Fact[]): TextFormResult => ({ format: 'exported-sync-settings-json', facts, notes })
  let document: unknown
  try {
    document = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message.slice(0, 120) : 'unreadable'
    notes.push(`the JSON is not valid (${detail}); a file cut short or edited by hand reads like this`)
    return result([])
  }
  const policies = isRecord(document) ? field(document, EXPORTED_SETTINGS_MARKER) : undefined
  if (!Array.isArray(policies)) {
    notes.push(`it has no ${EXPORTED_SETTINGS_MARKER} list of connectors`)
    return result([])
  }
  if (policies.length > MAX_CONNECTORS) {
    notes.push(`it lists ${policies.length} connectors, more than the ${MAX_CONNECTORS} this app reads`)
    return result([])
  }
  const connectors: { [key: string]: FactListItem }[] = []
  const customRules: { [key: string]: FactListItem }[] = []
  let rulesRead = true
  policies.forEach((policy, index) => {
    if (!isRecord(policy)) {
      notes.push(`connector ${index + 1} is not an object; skipped`)
      return
    }
    const name = text(field(policy, 'friendlyName', 'fullyQualifiedDomainName', 'name'))
    const filters = field(policy, 'partitionFilters')
    const partitions: { [key: string]: FactListItem }[] = []
    if (Array.isArray(filters) && filters.length <= MAX_PARTITIONS) {
      for (const filter of filters.filter(isRecord)) {
        const label = `${name ?? `connector ${index + 1}`}: ${text(field(filter, 'distinguishedName')) ?? 'a partition'}`
        partitions.push({
          name: text(field(filter, 'distinguishedName')) ?? null,
          // An exported partition filter is a selected partition: unselected ones are not written.
          selected: true,
          inclusions: names(field(filter, 'containerInclusions'), notes, `${label} inclusions`) ?? null,
          exclusions: names(field(filter, 'containerExclusions'), notes, `${label} exclusions`) ?? null,
        })
      }
    } else if (filters !== undefined) {
      notes.push(`${name ?? `connector ${index + 1}`}: its partition filters are not a list this app reads; left unknown`)
    }
    connectors.push({ name: name ?? null, type: 'AD', ...(Array.isArray(filters) ? { partitions } : {}) })
    const custom = field(policy, 'customSynchronizationRules')
    if (Array.isArray(custom) && customRules.length + custom.length <= MAX_SYNC_RULES) {
      for (const rule of custom.filter(isRecord)) {
        customRules.push({ name: text(field(rule, 'name')) ?? null, identifier: text(field(rule, 'uniqueIdentifier', 'identifier')) ?? null })
      }
    } else {
      rulesRead = false
    }
  })
  const facts: Fact[] = [{ path: 'customizations.connectors', value: connectors }]
  if (rulesRead) {
    facts.push({ path: 'customizations.exportedSettings.customRules', value: customRules })
  } else {
    notes.push('the custom sync rules are missing or too many to read; left unknown')
  }
  return result(facts)
}
