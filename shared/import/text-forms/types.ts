/**
 * What a text-form parser yields: the facts it read, each with the line it came from.
 */

/** The text forms the importer recognises (docs/interface.md §2), plus the contract's JSON. */
export type InputFormat =
  | 'install-details-json'
  | 'get-adsyncscheduler'
  | 'get-adsyncautoupgrade'
  | 'get-adsyncglobalsettings'
  | 'reg-query'
  | 'psversiontable'
  | 'exported-sync-settings-json'
  | 'server-configuration-connector-xml'

/** People's names for the formats, for messages and evidence. */
export const FORMAT_LABELS: Readonly<Record<InputFormat, string>> = {
  'install-details-json': 'install-details JSON',
  'get-adsyncscheduler': 'Get-ADSyncScheduler output',
  'get-adsyncautoupgrade': 'Get-ADSyncAutoUpgrade output',
  'get-adsyncglobalsettings': '(Get-ADSyncGlobalSettings).Parameters output',
  'reg-query': 'reg query output',
  psversiontable: '$PSVersionTable output',
  'exported-sync-settings-json': 'exported sync settings JSON',
  'server-configuration-connector-xml': 'Get-ADSyncServerConfiguration connector XML',
}

/** A fact value as the install-details document holds it. */
export type FactValue = string | number | boolean | null

/** One fact read from an input: the document path it fills, its value, and where it was seen. */
export interface Fact {
  /** Dotted path in the install-details document, e.g. `connect.syncCycleEnabled`. */
  readonly path: string
  readonly value: FactValue
  /** 1-based line in the input, when the input is text. */
  readonly line?: number
}

/** A parser's result: the facts, plus notes on what it saw but could not use. */
export interface TextFormResult {
  readonly format: InputFormat
  readonly facts: readonly Fact[]
  readonly notes: readonly string[]
}
