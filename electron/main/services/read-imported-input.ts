/**
 * Reads an input file for the renderer: the shared reader's facts, bounded and cleaned for IPC.
 */
import { toInputFacts } from '../../../shared/import/input-facts'
import { ok, type Result } from '../../../shared/ipc/result'
import type { ImportedInput } from '../../../shared/ipc/input-schemas'
import { readInputFile } from './read-input-file'

/**
 * Reads, decodes and imports the file at `path` (format detected), keeping what may cross IPC.
 * Never throws; every failure's message starts with the file name.
 */
export async function readImportedInput(path: string): Promise<Result<ImportedInput>> {
  const read = await readInputFile(path)
  if (!read.ok) {
    return read
  }
  const { fileName, encoding, format } = read.value
  const { facts, notes } = toInputFacts(read.value.facts, read.value.notes)
  return ok({ fileName, encoding, format, facts: [...facts], notes: [...notes] })
}
