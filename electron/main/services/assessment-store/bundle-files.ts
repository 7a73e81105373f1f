/**
 * Exporting assessments as one bundle file, and importing one.
 *
 * An import checks each entry on its own: a bad entry is reported by its position and the others
 * still import. An id that is already taken (by a saved assessment, or an earlier entry) gets a
 * new one, so an import never replaces anything.
 */
import { basename } from 'node:path'
import type { Assessment } from '~shared/assessments/assessment'
import { createBundle, parseBundleText } from '~shared/assessments/bundle'
import type { ImportSummary, LoadedAssessment, StoreResult } from '~shared/assessments/store-types'
import { writeFileAtomic } from '~electron/node/write-file-atomic'
import { readStoreFile } from './read-store-file'
import { describeWriteError, storeFailure, stored } from './store-errors'
import type { StoreFs } from './store-fs'

/** Largest bundle read: many assessments, each far below the per-file limit. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024

/** What an export needs from the store. */
export interface ExportContext {
  readonly fs: StoreFs
  readonly now: () => Date
  readonly load: (id: string) => Promise<StoreResult<LoadedAssessment>>
}

/** What an import needs from the store. */
export interface ImportContext {
  readonly fs: StoreFs
  readonly newId: () => string
  readonly exists: (id: string) => Promise<boolean>
  readonly write: (assessment: Assessment) => Promise<StoreResult<Assessment>>
}

/** Writes the assessments `ids` (each once, in the order given) as one bundle at `path`. */
export async function exportBundle(context: ExportContext, ids: readonly string[], path: string): Promise<StoreResult<{ readonly count: number }>> {
  if (ids.length === 0) {
    return storeFailure('invalid', 'Choose at least one assessment to export.')
  }
  const assessments: Assessment[] = []
  for (const id of new Set(ids)) {
    const loaded = await context.load(id)
    if (!loaded.ok) {
      return loaded
    }
    assessments.push(loaded.value.assessment)
  }
  const text = `${JSON.stringify(createBundle(assessments, context.now().toISOString()), null, 2)}\n`
  try {
    await writeFileAtomic(path, text, context.fs)
  } catch (error) {
    return { ok: false, error: describeWriteError(`Could not export to ${basename(path)}`, error) }
  }
  return stored({ count: assessments.length })
}

async function readBundleFile(fs: StoreFs, path: string): Promise<StoreResult<string>> {
  const fileName = basename(path)
  const file = await readStoreFile(fs, path, MAX_BUNDLE_BYTES)
  switch (file.kind) {
    case 'text':
      return stored(file.text)
    case 'missing':
      return storeFailure('not-found', `${fileName}: the file does not exist.`)
    case 'refused':
      return storeFailure('invalid', `${fileName}: ${file.message}${file.reason === 'too-large' ? ' for a bundle' : ''}.`)
    case 'error': {
      const code = (file.error as { code?: unknown } | null)?.code
      return storeFailure('io', `${fileName}: the file could not be read (${typeof code === 'string' ? code : String(file.error)}).`)
    }
  }
}

/** Imports the bundle (or single assessment file) at `path`. */
export async function importBundle(context: ImportContext, path: string): Promise<StoreResult<ImportSummary>> {
  const text = await readBundleFile(context.fs, path)
  if (!text.ok) {
    return text
  }
  const bundle = parseBundleText(text.value)
  if (!bundle.ok) {
    return storeFailure('invalid', `${basename(path)}: ${bundle.message}.`)
  }
  const imported: ImportSummary['imported'][number][] = []
  const problems: ImportSummary['problems'][number][] = []
  const taken = new Set<string>()
  for (const entry of bundle.entries) {
    if (!entry.ok) {
      problems.push({ index: entry.index, ...(entry.name === undefined ? {} : { name: entry.name }), message: entry.message })
      continue
    }
    const { assessment } = entry
    const isTaken = taken.has(assessment.id) || (await context.exists(assessment.id))
    const id = isTaken ? context.newId() : assessment.id
    taken.add(id)
    const written = await context.write({ ...assessment, id })
    if (written.ok) {
      imported.push({ id, name: assessment.name, ...(isTaken ? { previousId: assessment.id } : {}) })
    } else {
      problems.push({ index: entry.index, name: assessment.name, message: written.error.message })
    }
  }
  return stored({ imported, problems })
}
