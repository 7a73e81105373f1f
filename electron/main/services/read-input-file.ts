/**
 * Reads any accepted input file (the contract's JSON or one of its text forms) into facts.
 */
import { importInputText } from '../../../shared/import/import-input-text'
import { fail, ok, type Result } from '../../../shared/ipc/result'
import type { Fact, InputFormat } from '../../../shared/import/text-forms/types'
import { readTextFile, type ReadOptions } from './read-install-details-file'

/** An input file read into facts. */
export interface InputFile {
  readonly fileName: string
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le'
  readonly format: InputFormat
  readonly facts: readonly Fact[]
  /** What the parser saw but could not use. */
  readonly notes: readonly string[]
}

/**
 * Reads, decodes and imports the file at `path`; the format is detected, never chosen. Never
 * throws; every failure's message starts with the file name.
 */
export async function readInputFile(path: string, options: ReadOptions = {}): Promise<Result<InputFile>> {
  const read = await readTextFile(path, options)
  if (!read.ok) {
    return { ok: false, error: read.error }
  }
  const { fileName, encoding, text } = read.value
  const imported = importInputText(fileName, text)
  return imported.ok
    ? ok({ fileName, encoding, format: imported.format, facts: imported.facts, notes: imported.notes })
    : fail(imported.code, imported.message)
}
