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
  | 'server-configuration-folder'

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
  'server-configuration-folder': 'Get-ADSyncServerConfiguration export folder',
}

/** A single fact value: text, a number, a yes/no, or `null` (known to be absent). */
export type FactScalar = string | number | boolean | null

/** A value inside a list fact: a scalar, or an object or list of them (e.g. one sync rule). */
export type FactListItem = FactScalar | { readonly [key: string]: FactListItem } | readonly FactListItem[]

/** A list fact, e.g. the server's sync rules or its connectors; bounded by `fact-list.ts`. */
export type FactList = readonly FactListItem[]

/** A fact value as the install-details document holds it: a scalar or a list. */
export type FactValue = FactScalar | FactList

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
