/**
 * Reads any accepted input file (the contract's JSON or one of its text forms) into facts.
 */
import { flattenDocument, importInput } from '../../../shared/import/import-input'
import { detectFormat } from '../../../shared/import/text-forms/detect-format'
import { fail, ok, type Result } from '../../../shared/ipc/result'
import type { Fact, InputFormat } from '../../../shared/import/text-forms/types'
import { parseDetailsText, readTextFile, type ReadOptions } from './read-install-details-file'

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
  if (detectFormat(text) === 'install-details-json') {
    const parsed = parseDetailsText(fileName, encoding, text)
    return parsed.ok
      ? ok({ fileName, encoding, format: 'install-details-json', facts: flattenDocument(parsed.value.details), notes: [] })
      : { ok: false, error: parsed.error }
  }
  const imported = importInput(text, fileName)
  if (!imported.ok) {
    return fail(imported.problem === 'json' ? 'invalid-json' : 'invalid-document', imported.message)
  }
  return ok({ fileName, encoding, format: imported.format, facts: imported.facts, notes: imported.notes })
}
