/**
 * Main's one input reader, for the renderer: a file the user chose in main's open dialog, the
 * collector's output file, or a server-configuration export folder chosen in main's folder dialog,
 * read from disk, imported, and bounded and cleaned for IPC.
 */
import { importInput } from '~shared/intake/import-input'
import { toInputFacts } from '~shared/import/input-facts'
import { fail, ok, type Result } from '~shared/ipc/result'
import type { ImportedInput } from '~shared/ipc/input-schemas'
import { readInputBytes, type ReadOptions } from '~electron/node/read-input-bytes'
import { readServerConfigurationFolder } from '~electron/node/read-server-configuration-folder'

/**
 * Reads and imports the file at `path` (the format detected once, never chosen), keeping what may
 * cross IPC. Never throws; every failure's message starts with the file name.
 */
export async function readInputForRenderer(path: string, options: ReadOptions = {}): Promise<Result<ImportedInput>> {
  const read = await readInputBytes(path, options)
  if (!read.ok) {
    return read
  }
  const imported = importInput(read.value)
  if (!imported.ok) {
    return fail(imported.code, imported.message)
  }
  const { facts, notes } = toInputFacts(imported.facts, imported.notes)
  return ok({ fileName: read.value.name, encoding: imported.encoding, format: imported.format, facts: [...facts], notes: [...notes] })
}

/**
 * Reads the Get-ADSyncServerConfiguration export folder at `path` as one input (its connectors
 * together), keeping what may cross IPC. Never throws; every failure's message starts with the
 * folder's name.
 */
export async function readFolderForRenderer(path: string): Promise<Result<ImportedInput>> {
  const read = await readServerConfigurationFolder(path)
  if (!read.ok) {
    return read
  }
  const { facts, notes } = toInputFacts(read.value.facts, read.value.notes)
  return ok({ fileName: read.value.name, encoding: read.value.encoding, format: 'server-configuration-folder', facts: [...facts], notes: [...notes] })
}
