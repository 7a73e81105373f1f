/**
 * Telling which input a text is, so the user never has to choose.
 */
import { SCHEDULER_MARKERS } from './scheduler'
import { isGlobalSettingName } from './global-settings'
import { readNameValues } from './name-value-lines'
import { isExportedSyncSettings } from './exported-sync-settings'
import { isServerConfigurationConnector } from './server-configuration-connector'
import type { InputFormat } from './types'

/**
 * The format of `text`, or undefined when it is none of the accepted forms (a whole export folder
 * is never one text: `shared/intake/server-configuration-folder.ts` reads it).
 *
 * Order matters: JSON first (by its first character), then the shapes with the most specific
 * markers (registry keys, `Microsoft.*` parameters, scheduler properties, PSVersion), and
 * auto-upgrade output last, since it can be a single word. Every line-anchored pattern uses
 * `[ \t]*`, never `\s*`: under the `m` flag `\s` spans line breaks, which made a file of blank
 * lines quadratic (80,000 lines took 40 s).
 */
export function detectFormat(text: string): Exclude<InputFormat, 'server-configuration-folder'> | undefined {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    return trimmed.startsWith('{') && isExportedSyncSettings(trimmed) ? 'exported-sync-settings-json' : 'install-details-json'
  }
  if (isServerConfigurationConnector(trimmed)) {
    return 'server-configuration-connector-xml'
  }
  if (/^[ \t]*HK(EY_LOCAL_MACHINE|LM)\\/im.test(trimmed)) {
    return 'reg-query'
  }
  const names = readNameValues(withoutBlankLines(trimmed)).map((pair) => pair.name)
  const lowerNames = new Set(names.map((name) => name.toLowerCase()))
  if (names.some(isGlobalSettingName) || /^[ \t]*Name[ \t]*:[ \t]*Microsoft\.[A-Za-z]+\./m.test(trimmed)) {
    return 'get-adsyncglobalsettings'
  }
  if (SCHEDULER_MARKERS.filter((marker) => lowerNames.has(marker)).length >= 2) {
    return 'get-adsyncscheduler'
  }
  if (lowerNames.has('psversion')) {
    return 'psversiontable'
  }
  const isAutoUpgrade =
    /^(Enabled|Suspended|Disabled)$/i.test(trimmed) ||
    [...lowerNames].some((name) => /autoupgrade|suspensionreason/.test(name)) ||
    /^[ \t]*AutoUpgradeState\b/im.test(trimmed)
  return isAutoUpgrade ? 'get-adsyncautoupgrade' : undefined
}

/** The text with each run of blank lines cut to one line break (no marker lives on a blank line). */
function withoutBlankLines(text: string): string {
  return text.replace(/\n[ \t\r\n]*\n/g, '\n')
}
