/**
 * `(Get-ADSyncGlobalSettings).Parameters | Select Name,Value` output (docs/interface.md §2): a two-column
 * table, or `Name : …` / `Value : …` pairs when piped to Format-List.
 */
import { isVersion } from '~shared/version/four-part-version'
import { parseBoolean, readListLines, readTwoColumnTable, type NameValue } from './name-value-lines'
import type { Fact, FactValue, TextFormResult } from './types'

type Convert = (value: string) => FactValue | undefined

const asBoolean: Convert = (value) => parseBoolean(value)
const asVersion: Convert = (value) => (isVersion(value) ? value.trim() : undefined)
const asState: Convert = (value) =>
  ['Enabled', 'Suspended', 'Disabled'].find((state) => state.toLowerCase() === value.trim().toLowerCase())
const asSignIn: Convert = (value) =>
  ['PasswordHashSync', 'PassThroughAuthentication', 'FederationAdfs', 'FederationPingFederate', 'NotConfigured'].find(
    (method) => method.toLowerCase() === value.trim().toLowerCase(),
  )
const asText: Convert = (value) => (value.trim() === '' ? undefined : value.trim().slice(0, 4096))

/** Parameter name (lower case) → document path and converter. */
const PARAMETERS: Readonly<Record<string, readonly [string, Convert]>> = {
  'microsoft.synchronize.serverconfigurationversion': ['connect.serverConfigurationVersion', asVersion],
  'microsoft.synchronize.stagingmode': ['connect.stagingModeEnabled', asBoolean],
  'microsoft.synchronize.schedulersuspended': ['connect.schedulerSuspended', asBoolean],
  'microsoft.optionalfeature.autoupgradestate': ['connect.autoUpgrade.state', asState],
  'microsoft.optionalfeature.autoupgradesuspensionreason': ['connect.autoUpgrade.suspensionReason', asText],
  'microsoft.usersignin.signonmethod': ['connect.signInMethod', asSignIn],
  'microsoft.optionalfeature.groupwriteback': ['connect.features.groupWriteback', asBoolean],
  'microsoft.optionalfeature.devicewriteback': ['connect.features.deviceWriteback', asBoolean],
  'microsoft.optionalfeature.directoryextension': ['connect.features.directoryExtensions', asBoolean],
  'microsoft.optionalfeature.hybridexchange': ['connect.features.exchangeHybrid', asBoolean],
}

/** True when a name is a global-settings parameter (`Microsoft.<Area>.<Name>`). */
export function isGlobalSettingName(name: string): boolean {
  return /^Microsoft\.[A-Za-z]+\.[A-Za-z]/.test(name)
}

function pairsFromList(text: string): NameValue[] {
  const lines = readListLines(text)
  const pairs: NameValue[] = []
  lines.forEach((entry, index) => {
    const next = lines[index + 1]
    if (entry.name.toLowerCase() === 'name' && next !== undefined && next.name.toLowerCase() === 'value') {
      pairs.push({ name: entry.value, value: next.value, line: entry.line })
    }
  })
  return pairs
}

/** Reads the parameters the rules use; others are ignored, unreadable values noted. */
export function parseGlobalSettings(text: string): TextFormResult {
  const table = readTwoColumnTable(text)
  const pairs = table.some((pair) => isGlobalSettingName(pair.name)) ? table : pairsFromList(text)
  const facts: Fact[] = []
  const notes: string[] = []
  for (const pair of pairs) {
    const known = PARAMETERS[pair.name.toLowerCase()]
    if (known === undefined) {
      continue
    }
    const [path, convert] = known
    const value = convert(pair.value)
    if (value === undefined) {
      if (pair.value.trim() !== '') {
        notes.push(`line ${pair.line}: ${pair.name} is "${pair.value.slice(0, 60)}", which this app does not read; left unknown`)
      }
      continue
    }
    facts.push({ path, value, line: pair.line })
  }
  return { format: 'get-adsyncglobalsettings', facts, notes }
}
