/**
 * The reading path main and the command line share, as one call for tests: a file's bytes from
 * disk (electron/node/read-input-bytes.ts), then the one importer. Answers the document of an
 * install-details file with the file's name and encoding, or the failure as the readers give it.
 */
import { readInputBytes, type ReadOptions } from '~electron/node/read-input-bytes'
import { importInput, type TextEncoding } from '~shared/intake/import-input'
import { fail, ok, type Result } from '~shared/ipc/result'
import type { InstallDetails } from '~shared/types/install-details'

/** An install-details file read and imported. */
export interface DetailsFile {
  readonly fileName: string
  readonly encoding: TextEncoding
  readonly details: InstallDetails | undefined
  /** A note for each field left out because it was not valid. */
  readonly notes: readonly string[]
}

/** Reads and imports the file at `path` (any accepted input; `details` is set for install-details JSON). */
export async function readAndImport(path: string, options: ReadOptions = {}): Promise<Result<DetailsFile>> {
  const read = await readInputBytes(path, options)
  if (!read.ok) {
    return read
  }
  const imported = importInput(read.value)
  return imported.ok ? ok({ fileName: read.value.name, encoding: imported.encoding, details: imported.details, notes: imported.notes }) : fail(imported.code, imported.message)
}
