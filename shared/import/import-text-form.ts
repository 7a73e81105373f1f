/**
 * One text form's parser, chosen by its detected format: the facts it gave, or a message that
 * names the input and says it holds none of the values the checks use. The importer
 * (`shared/intake/import-input.ts`) detects the format and calls this; nothing else should.
 */
import { parseAutoUpgrade } from './text-forms/auto-upgrade'
import { parseExportedSyncSettings } from './text-forms/exported-sync-settings'
import { parseGlobalSettings } from './text-forms/global-settings'
import { parsePsVersionTable } from './text-forms/ps-version-table'
import { parseRegQuery } from './text-forms/reg-query'
import { parseScheduler } from './text-forms/scheduler'
import { parseServerConfigurationConnector } from './text-forms/server-configuration-connector'
import { FORMAT_LABELS, type Fact, type InputFormat, type TextFormResult } from './text-forms/types'

/** The formats that are text forms: every accepted format but the contract's own JSON and a whole export folder. */
export type TextFormat = Exclude<InputFormat, 'install-details-json' | 'server-configuration-folder'>

/** A text form's facts and notes, or the message saying it held no usable value. */
export type TextFormImport =
  | { readonly ok: true; readonly format: TextFormat; readonly facts: readonly Fact[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly message: string }

const TEXT_PARSERS: Readonly<Record<TextFormat, (text: string) => TextFormResult>> = {
  'get-adsyncscheduler': parseScheduler,
  'get-adsyncautoupgrade': parseAutoUpgrade,
  'get-adsyncglobalsettings': parseGlobalSettings,
  'reg-query': parseRegQuery,
  psversiontable: parsePsVersionTable,
  'exported-sync-settings-json': parseExportedSyncSettings,
  'server-configuration-connector-xml': parseServerConfigurationConnector,
}

/** What the app reads, for the message about a text that is none of it. */
export const ACCEPTED_INPUTS =
  'an install-details JSON file, or the text of Get-ADSyncScheduler, Get-ADSyncAutoUpgrade [-Detail], ' +
  '(Get-ADSyncGlobalSettings).Parameters, reg query (.NET Release, TLS 1.2 keys) or $PSVersionTable, ' +
  'an exported sync settings JSON (Applied-SynchronizationPolicy-*.json, MigratedPolicy.json) or a connector XML from Get-ADSyncServerConfiguration'

/** Parses `text` (from `sourceName`) as the text form `format`. Never throws. */
export function importTextForm(format: TextFormat, text: string, sourceName: string): TextFormImport {
  const result = TEXT_PARSERS[format](text)
  if (result.facts.length === 0) {
    const why = result.notes.length > 0 ? ` (${result.notes.join('; ')})` : ''
    return { ok: false, message: `${sourceName}: looks like ${FORMAT_LABELS[format]} but holds none of the values the checks use${why}.` }
  }
  return { ok: true, format, facts: result.facts, notes: result.notes }
}
