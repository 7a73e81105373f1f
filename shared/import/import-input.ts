/**
 * One importer for every accepted input: detect the format, parse it, and return its facts or a
 * message that names the input and the problem.
 */
import { flattenDocument } from '../intake/dotted-path'
import { parseInstallDetails } from './parse-install-details'
import { parseAutoUpgrade } from './text-forms/auto-upgrade'
import { detectFormat } from './text-forms/detect-format'
import { parseExportedSyncSettings } from './text-forms/exported-sync-settings'
import { parseGlobalSettings } from './text-forms/global-settings'
import { parsePsVersionTable } from './text-forms/ps-version-table'
import { parseRegQuery } from './text-forms/reg-query'
import { parseScheduler } from './text-forms/scheduler'
import { parseServerConfigurationConnector } from './text-forms/server-configuration-connector'
import { FORMAT_LABELS, type Fact, type InputFormat, type TextFormResult } from './text-forms/types'

/** The document flattener, from its one home (kept here for the callers that import it from here). */
export { flattenDocument }

/** An imported input: its format, the facts it gave, and notes on what it could not use. */
export type ImportResult =
  | { readonly ok: true; readonly format: InputFormat; readonly facts: readonly Fact[]; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problem: ImportProblem; readonly message: string }

/** Why an input was refused: not a known form, bad JSON, a bad document, or a known form with no usable value. */
export type ImportProblem = 'unknown-format' | 'json' | 'document' | 'no-values'

const TEXT_PARSERS: Readonly<Record<Exclude<InputFormat, 'install-details-json'>, (text: string) => TextFormResult>> = {
  'get-adsyncscheduler': parseScheduler,
  'get-adsyncautoupgrade': parseAutoUpgrade,
  'get-adsyncglobalsettings': parseGlobalSettings,
  'reg-query': parseRegQuery,
  psversiontable: parsePsVersionTable,
  'exported-sync-settings-json': parseExportedSyncSettings,
  'server-configuration-connector-xml': parseServerConfigurationConnector,
}

const ACCEPTED =
  'an install-details JSON file, or the text of Get-ADSyncScheduler, Get-ADSyncAutoUpgrade [-Detail], ' +
  '(Get-ADSyncGlobalSettings).Parameters, reg query (.NET Release, TLS 1.2 keys) or $PSVersionTable, ' +
  'an exported sync settings JSON (Applied-SynchronizationPolicy-*.json, MigratedPolicy.json) or a connector XML from Get-ADSyncServerConfiguration'

/**
 * Imports `text` read from `sourceName` (a file name, or "pasted text").
 *
 * Never throws: anything unreadable becomes a message starting with the source name. A caller
 * that has already detected the format passes it, so a text is scanned for its format once.
 */
export function importInput(text: string, sourceName: string, detected?: InputFormat | null): ImportResult {
  const format = detected === undefined ? detectFormat(text) : (detected ?? undefined)
  if (format === undefined) {
    return {
      ok: false,
      problem: 'unknown-format',
      message: `${sourceName}: this is not a format the app reads. Expected ${ACCEPTED}.`,
    }
  }
  if (format === 'install-details-json') {
    const parsed = parseInstallDetails(text)
    return parsed.ok
      ? { ok: true, format, facts: flattenDocument(parsed.details), notes: parsed.notes }
      : { ok: false, problem: parsed.problem === 'json' ? 'json' : 'document', message: `${sourceName}: ${parsed.problems.join('; ')}` }
  }
  const result = TEXT_PARSERS[format](text)
  if (result.facts.length === 0) {
    const why = result.notes.length > 0 ? ` (${result.notes.join('; ')})` : ''
    return {
      ok: false,
      problem: 'no-values',
      message: `${sourceName}: looks like ${FORMAT_LABELS[format]} but holds none of the values the checks use${why}.`,
    }
  }
  return { ok: true, format, facts: result.facts, notes: result.notes }
}
