/**
 * Reads a `Get-ADSyncServerConfiguration -Path` export folder from disk, for main (the "Open
 * server-configuration folder…" dialog) and the command line: the connector XMLs in its
 * `Connectors` folder, each a regular file within the size limit, read bounded, decoded by the
 * importer's decoder, then put together by `shared/intake/server-configuration-folder.ts` as one
 * input.
 *
 * Bounded: at most `MAX_EXPORT_CONNECTOR_FILES` files, each at most `MAX_EXPORT_FILE_BYTES`, and
 * `MAX_EXPORT_TOTAL_BYTES` together; a file past a bound is named in a note, never read. Never
 * throws: a failure's message starts with the folder's name.
 */
import fsp from 'node:fs/promises'
import { readdirSync, type Dirent } from 'node:fs'
import { basename, join } from 'node:path'
import { decodeInputBytes, type BytesSource, type TextEncoding } from '~shared/intake/import-input'
import {
  assembleServerConfiguration,
  CONNECTORS_FOLDER,
  describeFileTooLarge,
  describeFilesLeftOut,
  MAX_EXPORT_CONNECTOR_FILES,
  MAX_EXPORT_FILE_BYTES,
  MAX_EXPORT_TOTAL_BYTES,
  notAnExport,
  UNREAD_EXPORT_FOLDERS,
  type ExportFile,
} from '~shared/intake/server-configuration-folder'
import type { Fact } from '~shared/import/text-forms/types'
import { fail, ok, type Result } from '~shared/ipc/result'
import { readInputBytes, readInputBytesSync } from './read-input-bytes'

/** The folder read as one input: its name, its files' encoding, the facts and the notes. */
export interface ServerConfigurationRead {
  readonly name: string
  /** The connector files' encoding when they all share one, else `utf-8`. */
  readonly encoding: TextEncoding
  readonly facts: readonly Fact[]
  readonly notes: readonly string[]
}

/** The export's folders by name: the cmdlet writes them on Windows, where names ignore case. */
const EXPORT_PARTS = [CONNECTORS_FOLDER, ...UNREAD_EXPORT_FOLDERS].map((part) => part.toLowerCase())

/**
 * True when a folder whose entries are `entries` is an export (or meant as one): it has a
 * `Connectors`, `GlobalSettings` or `SynchronizationRules` folder.
 */
export function isServerConfigurationExport(entries: readonly Dirent[]): boolean {
  return entries.some((entry) => entry.isDirectory() && EXPORT_PARTS.includes(entry.name.toLowerCase()))
}

function describeFolderError(folderName: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const problem =
    code === 'ENOENT' ? 'the folder does not exist'
    : code === 'ENOTDIR' ? 'this is a file, not a folder'
    : code === 'EACCES' || code === 'EPERM' ? 'permission to read the folder was denied'
    : `the folder could not be read (${typeof code === 'string' ? code : 'unknown error'})`
  return `${folderName}: ${problem}. Check the path and that you may read the folder, then try again.`
}

/** Which files to read, and what is left out before any is read. */
interface ReadPlan {
  readonly connectorsPath?: string
  readonly files: readonly string[]
  readonly skipped: readonly string[]
  readonly otherParts: readonly string[]
}

function planOf(path: string, rootEntries: readonly Dirent[], listConnectors: (folder: string) => readonly Dirent[] | undefined): ReadPlan {
  const folderNamed = (part: string) => rootEntries.find((entry) => entry.isDirectory() && entry.name.toLowerCase() === part.toLowerCase())
  const otherParts = UNREAD_EXPORT_FOLDERS.filter((part) => folderNamed(part) !== undefined)
  const connectors = folderNamed(CONNECTORS_FOLDER)
  if (connectors === undefined) {
    return { files: [], skipped: [], otherParts }
  }
  const connectorsPath = join(path, connectors.name)
  const entries = (listConnectors(connectorsPath) ?? []).filter((entry) => !entry.isDirectory() && !entry.name.startsWith('.'))
  const xml = entries.filter((entry) => entry.name.toLowerCase().endsWith('.xml')).map((entry) => `${connectors.name}/${entry.name}`).sort()
  const other = entries.filter((entry) => !entry.name.toLowerCase().endsWith('.xml')).map((entry) => `${connectors.name}/${entry.name}`).sort()
  const pastCount = xml.slice(MAX_EXPORT_CONNECTOR_FILES)
  const skipped = [
    ...(other.length > 0 ? [describeFilesLeftOut(other, 'not .xml files')] : []),
    ...(pastCount.length > 0 ? [describeFilesLeftOut(pastCount, `past the first ${MAX_EXPORT_CONNECTOR_FILES} connector files`)] : []),
  ]
  return { connectorsPath, files: xml.slice(0, MAX_EXPORT_CONNECTOR_FILES), skipped, otherParts }
}

/** Collects the files read (decoded), the ones refused, and the bytes so far. */
class Collected {
  readonly files: ExportFile[] = []
  readonly skipped: string[] = []
  readonly encodings = new Set<TextEncoding>()
  private totalBytes = 0
  private readonly overBudget: string[] = []

  /** False once the total is spent: the rest are named, not read. */
  hasRoom(name: string): boolean {
    if (this.totalBytes < MAX_EXPORT_TOTAL_BYTES) {
      return true
    }
    this.overBudget.push(name)
    return false
  }

  add(name: string, read: Result<BytesSource>): void {
    if (!read.ok) {
      // The reader's message names the file by its base name and advises on install details: say it for this file.
      this.skipped.push(read.error.code === 'file-too-large' ? describeFileTooLarge(name) : `${name}: ${read.error.message.replace(/^[^:]*: /, '').split('. ')[0]}; left out`)
      return
    }
    this.totalBytes += read.value.bytes.length
    const decoded = decodeInputBytes(name, read.value.bytes, MAX_EXPORT_FILE_BYTES)
    if (!decoded.ok) {
      this.skipped.push(decoded.code === 'file-not-text' ? `${name}: not text the app reads (binary, or neither UTF-8 nor UTF-16LE); left out` : `${name}: the file is empty; left out`)
      return
    }
    this.encodings.add(decoded.encoding)
    this.files.push({ name, text: decoded.text })
  }

  finish(folderName: string, plan: ReadPlan): Result<ServerConfigurationRead> {
    const skipped = [...plan.skipped, ...this.skipped, ...(this.overBudget.length > 0 ? [describeFilesLeftOut(this.overBudget, 'the connector files together are over the size limit')] : [])]
    const assembled = assembleServerConfiguration(folderName, this.files, { skipped, otherParts: plan.otherParts })
    if (!assembled.ok) {
      return fail(assembled.code, assembled.message)
    }
    const [only] = this.encodings
    return ok({ name: folderName, encoding: this.encodings.size === 1 && only !== undefined ? only : 'utf-8', facts: assembled.facts, notes: assembled.notes })
  }
}

function refusedPlan(folderName: string, plan: ReadPlan): Result<ServerConfigurationRead> | undefined {
  if (plan.connectorsPath !== undefined) {
    return undefined
  }
  const refused = notAnExport(folderName, `it has no ${CONNECTORS_FOLDER} folder`)
  return fail(refused.code, refused.message)
}

/** Reads the export folder at `path` (named by its base name) as one input. */
export async function readServerConfigurationFolder(path: string): Promise<Result<ServerConfigurationRead>> {
  const folderName = basename(path) || path
  try {
    const rootEntries = await fsp.readdir(path, { withFileTypes: true })
    const connectorsPath = rootEntries.find((entry) => entry.isDirectory() && entry.name.toLowerCase() === CONNECTORS_FOLDER.toLowerCase())
    const connectorEntries = connectorsPath === undefined ? undefined : await fsp.readdir(join(path, connectorsPath.name), { withFileTypes: true })
    const plan = planOf(path, rootEntries, () => connectorEntries)
    const refused = refusedPlan(folderName, plan)
    if (refused !== undefined) {
      return refused
    }
    const collected = new Collected()
    for (const name of plan.files) {
      if (collected.hasRoom(name)) {
        collected.add(name, await readInputBytes(join(path, name), { maxBytes: MAX_EXPORT_FILE_BYTES }))
      }
    }
    return collected.finish(folderName, plan)
  } catch (error) {
    return fail('file-unreadable', describeFolderError(folderName, error))
  }
}

/** `readServerConfigurationFolder` without the event loop, for the command line (never for main). */
export function readServerConfigurationFolderSync(path: string): Result<ServerConfigurationRead> {
  const folderName = basename(path) || path
  try {
    const plan = planOf(path, readdirSync(path, { withFileTypes: true }), (folder) => readdirSync(folder, { withFileTypes: true }))
    const refused = refusedPlan(folderName, plan)
    if (refused !== undefined) {
      return refused
    }
    const collected = new Collected()
    for (const name of plan.files) {
      if (collected.hasRoom(name)) {
        collected.add(name, readInputBytesSync(join(path, name), { maxBytes: MAX_EXPORT_FILE_BYTES }))
      }
    }
    return collected.finish(folderName, plan)
  } catch (error) {
    return fail('file-unreadable', describeFolderError(folderName, error))
  }
}
