/**
 * A `Get-ADSyncServerConfiguration -Path` export folder as one input: every connector XML in its
 * `Connectors` folder read by the single-connector reader, and their connectors put into one
 * `customizations.connectors` list (one entry per connector, each with its own partitions and OU
 * inclusions and exclusions). As one input the folder's connectors reach the rules together; as
 * separate files the later one's list would replace the earlier one's.
 *
 * Pure: the caller (electron/node/read-server-configuration-folder.ts) lists and reads the files
 * within the bounds below. The export's other parts (`GlobalSettings`, `SynchronizationRules`) are
 * not read: what their files hold is not documented, so they are named in a note and their facts
 * stay unknown.
 */
import { formatBytes } from '../import/format-bytes'
import { MAX_INPUT_BYTES } from '../import/input-messages'
import { isServerConfigurationConnector, parseServerConfigurationConnector } from '../import/text-forms/server-configuration-connector'
import type { Fact, FactListItem } from '../import/text-forms/types'
import { MAX_CONNECTORS } from '../types/customizations'
import type { InputRefused } from './import-input'

/** The export's folder of connector files, as the cmdlet names it. */
export const CONNECTORS_FOLDER = 'Connectors'
/** The export's other folders, which are not read. */
export const UNREAD_EXPORT_FOLDERS: readonly string[] = ['GlobalSettings', 'SynchronizationRules']
/** Most connector files read from one export (a server has a few; one per connector). */
export const MAX_EXPORT_CONNECTOR_FILES = 50
/** Largest connector file read (an AD connector's XML carries its schema: tens to hundreds of KB). */
export const MAX_EXPORT_FILE_BYTES = MAX_INPUT_BYTES
/** Most bytes read from one export's connector files together. */
export const MAX_EXPORT_TOTAL_BYTES = 4 * MAX_INPUT_BYTES

/** One connector file: its name within the export (`Connectors/Connector_{GUID}.xml`) and its text. */
export interface ExportFile {
  readonly name: string
  readonly text: string
}

/** What the reader saw besides the files it read. */
export interface ExportListing {
  /** Files left out before reading (too large, unreadable, past the count), each a message naming it. */
  readonly skipped?: readonly string[]
  /** The export's other folders that are present (`GlobalSettings`, `SynchronizationRules`). */
  readonly otherParts?: readonly string[]
}

/** The folder read as one input, or the refusal and its message (starting with the folder's name). */
export type FolderImport =
  | { readonly ok: true; readonly kind: 'input'; readonly format: 'server-configuration-folder'; readonly facts: readonly Fact[]; readonly notes: readonly string[] }
  | InputRefused

const CHOOSE_EXPORT = 'Choose the folder given to Get-ADSyncServerConfiguration -Path (it holds Connectors, GlobalSettings and SynchronizationRules).'

/** The refusal of a folder that is not an export (no `Connectors` folder, or no connector file in it). */
export function notAnExport(folderName: string, problem: string): InputRefused {
  return { ok: false, code: 'invalid-document', message: `${folderName}: this folder is not a Get-ADSyncServerConfiguration export: ${problem}. ${CHOOSE_EXPORT}` }
}

/** The note for a connector file over the size limit (of `sizeBytes`, when known), left out unread. */
export function describeFileTooLarge(name: string, sizeBytes?: number): string {
  const size = sizeBytes === undefined ? 'the file is' : `the file is ${formatBytes(sizeBytes)},`
  return `${name}: ${size} over the ${formatBytes(MAX_EXPORT_FILE_BYTES)} limit for one connector file; left out`
}

/** The note for connector files past the count or total size limits, left out unread. */
export function describeFilesLeftOut(names: readonly string[], why: string): string {
  const shown = names.slice(0, 3).join(', ')
  return `${names.length} connector file${names.length === 1 ? '' : 's'} left out (${why}): ${shown}${names.length > 3 ? ', …' : ''}`
}

function unreadPartsNote(parts: readonly string[]): string | undefined {
  if (parts.length === 0) {
    return undefined
  }
  return `${parts.join(' and ')} ${parts.length === 1 ? 'is' : 'are'} not read (what those files hold is not documented); the sync rules and global settings come from the collector's file or the text of Get-ADSyncRule and Get-ADSyncGlobalSettings`
}

/** One file's connector, or the note saying why it was left out. */
function readConnector(file: ExportFile): { readonly connector?: FactListItem; readonly notes: readonly string[] } {
  const text = file.text.replace(/^\uFEFF/, '')
  if (!isServerConfigurationConnector(text)) {
    return { notes: [`${file.name}: not a connector's XML (no <ma-data> root); left out`] }
  }
  const parsed = parseServerConfigurationConnector(text)
  const notes = parsed.notes.map((note) => `${file.name}: ${note}`)
  const [fact] = parsed.facts
  const [connector] = Array.isArray(fact?.value) ? (fact.value as readonly FactListItem[]) : []
  return connector === undefined ? { notes: [...notes, `${file.name}: no connector could be read from it; left out`] } : { connector, notes }
}

/**
 * Reads the export's connector files (`files`, in the order given) as one input named
 * `folderName`. A file that is not a connector's XML, or gives none, is named in a note and the
 * others are kept; with no file, or no connector read from any, the folder is refused.
 */
export function assembleServerConfiguration(folderName: string, files: readonly ExportFile[], listing: ExportListing = {}): FolderImport {
  const skipped = listing.skipped ?? []
  if (files.length === 0) {
    const why = skipped.length > 0 ? `none of its connector files could be read (${skipped.join('; ')})` : `its ${CONNECTORS_FOLDER} folder holds no Connector_*.xml file`
    return notAnExport(folderName, why)
  }
  const read = files.map(readConnector)
  const connectors = read.flatMap((file) => (file.connector === undefined ? [] : [file.connector]))
  const fileNotes = read.flatMap((file) => file.notes)
  if (connectors.length === 0) {
    return notAnExport(folderName, `no connector could be read from its files (${[...fileNotes, ...skipped].join('; ')})`)
  }
  const kept = connectors.slice(0, MAX_CONNECTORS)
  const notes = [
    ...fileNotes,
    ...skipped,
    ...(connectors.length > kept.length ? [`only the first ${MAX_CONNECTORS} connectors were read; ${connectors.length - kept.length} more were left out`] : []),
    ...[unreadPartsNote(listing.otherParts ?? [])].filter((note) => note !== undefined),
  ]
  return { ok: true, kind: 'input', format: 'server-configuration-folder', facts: [{ path: 'customizations.connectors', value: kept }], notes }
}
