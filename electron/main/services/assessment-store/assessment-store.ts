/**
 * Saved assessments: one JSON file per assessment in one folder (main passes
 * `app.getPath('userData')/assessments`).
 *
 * Every write is atomic (temporary file, fsync, rename, folder fsync), writes to one assessment run
 * one at a time, and a file that cannot be read (corrupt, another kind, a newer schema version) is
 * reported and never overwritten or deleted. Every operation returns a result value; none throws.
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import {
  ASSESSMENT_KIND,
  ASSESSMENT_SCHEMA_VERSION,
  assessmentDraftSchema,
  assessmentSchema,
  isAssessmentId,
  type Assessment,
  type AssessmentDraft,
} from '~shared/assessments/assessment'
import type { AssessmentList, ImportSummary, LoadedAssessment, StoreResult } from '~shared/assessments/store-types'
import { describeIssues } from '~shared/assessments/versioned-document'
import { formatBytes } from '~shared/import/format-bytes'
import { writeFileAtomic } from '~electron/node/write-file-atomic'
import { assessmentFileName, createFileReadCache, listAssessmentFiles, MAX_ASSESSMENT_BYTES, problemAsError, readAssessmentFile } from './assessment-files'
import { exportBundle, importBundle } from './bundle-files'
import { createKeyedQueue } from './keyed-queue'
import { isProcessAlive, removeStaleTemporaryFiles } from './stale-temporary-files'
import { describeWriteError, storeFailure, stored } from './store-errors'
import { NODE_STORE_FS, type StoreFs } from './store-fs'

/** Where the store keeps its files, and the world it runs in (replaceable in tests). */
export interface AssessmentStoreOptions {
  readonly folder: string
  readonly fs?: StoreFs
  readonly now?: () => Date
  readonly newId?: () => string
  readonly isProcessAlive?: (pid: number) => boolean
  /** The size limit in bytes for saving and reading a file (tests lower it; the app uses `MAX_ASSESSMENT_BYTES`). */
  readonly maxAssessmentBytes?: number
}

/** The store's operations. */
export interface AssessmentStore {
  /** Every readable assessment (newest change first) and a problem for each file that is not. */
  readonly list: () => Promise<AssessmentList>
  readonly load: (id: string) => Promise<StoreResult<LoadedAssessment>>
  /** Creates (no `id`) or updates an assessment; refuses to replace a file it cannot read. */
  readonly save: (draft: AssessmentDraft) => Promise<StoreResult<Assessment>>
  readonly rename: (id: string, name: string) => Promise<StoreResult<Assessment>>
  /** A copy under a new id, named "<name> (copy)". */
  readonly duplicate: (id: string) => Promise<StoreResult<Assessment>>
  readonly delete: (id: string) => Promise<StoreResult<{ readonly id: string }>>
  /** Writes the assessments `ids` as one bundle file at `path` (a path main chose in a save dialog). */
  readonly exportBundle: (ids: readonly string[], path: string) => Promise<StoreResult<{ readonly count: number }>>
  /** Imports a bundle (or one assessment file) from `path`; clashing ids get new ones. */
  readonly importBundle: (path: string) => Promise<StoreResult<ImportSummary>>
  /** Removes temporary files that interrupted writes left behind; returns their names. */
  readonly cleanUp: () => Promise<readonly string[]>
}

const KNOWN_FIELDS = new Set(Object.keys(assessmentSchema.shape))
const COPY_SUFFIX = ' (copy)'

/** The fields of `assessment` this build does not know (kept on save, so a newer build's additions survive). */
function unknownFields(assessment: Assessment | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(assessment ?? {}).filter(([key]) => !KNOWN_FIELDS.has(key)))
}

function copyName(name: string): string {
  const room = assessmentSchema.shape.name.maxLength ?? 200
  return `${name.slice(0, room - COPY_SUFFIX.length)}${COPY_SUFFIX}`
}

/** Opens the store over `options.folder` (created on the first save). */
export function createAssessmentStore(options: AssessmentStoreOptions): AssessmentStore {
  const { folder } = options
  const fs = options.fs ?? NODE_STORE_FS
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? randomUUID
  const queue = createKeyedQueue()
  const maxBytes = options.maxAssessmentBytes ?? MAX_ASSESSMENT_BYTES
  // Listing, then loading (the Fleet, each time it opens) reads and checks an unchanged file once.
  const reads = createFileReadCache()
  const read = (id: string) => readAssessmentFile(fs, folder, assessmentFileName(id), maxBytes, reads)

  /** Reads assessment `id` as a result: missing and unreadable files are errors (and are left alone). */
  async function load(id: string): Promise<StoreResult<LoadedAssessment>> {
    if (!isAssessmentId(id)) {
      return storeFailure('not-found', `There is no assessment with id "${id.slice(0, 80)}".`)
    }
    const found = await read(id)
    switch (found.kind) {
      case 'found':
        return stored(found.migratedFrom === undefined ? { assessment: found.assessment } : { assessment: found.assessment, migratedFrom: found.migratedFrom })
      case 'missing':
        return storeFailure('not-found', 'The assessment no longer exists (it was deleted).')
      case 'problem':
        return { ok: false, error: problemAsError(found.problem) }
    }
  }

  async function write(candidate: Record<string, unknown>): Promise<StoreResult<Assessment>> {
    const parsed = assessmentSchema.safeParse(candidate)
    if (!parsed.success) {
      return storeFailure('invalid', `The assessment cannot be saved: ${describeIssues(parsed.error.issues)}.`)
    }
    const assessment = parsed.data
    const text = `${JSON.stringify(assessment, null, 2)}\n`
    // The limit is in bytes, as the reader counts them: a save it allows can always be opened again.
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
      return storeFailure('invalid', `"${assessment.name}" is too large to save (over ${formatBytes(maxBytes)}); remove some inputs or notes.`)
    }
    try {
      await fs.mkdir(folder, { recursive: true })
      await writeFileAtomic(join(folder, assessmentFileName(assessment.id)), text, fs)
    } catch (error) {
      return { ok: false, error: describeWriteError(`Could not save "${assessment.name}"`, error) }
    }
    return stored(assessment)
  }

  /** Runs `action` on readable assessment `id`, one action on an id at a time; a file it cannot read is left alone. */
  function withReadable<T>(id: string, action: (assessment: Assessment) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    return queue.run(id, async () => {
      const loaded = await load(id)
      return loaded.ok ? action(loaded.value.assessment) : loaded
    })
  }

  function remove(id: string): Promise<StoreResult<{ readonly id: string }>> {
    return withReadable(id, async (assessment) => {
      try {
        await fs.rm(join(folder, assessmentFileName(id)))
      } catch (error) {
        return { ok: false, error: describeWriteError(`Could not delete "${assessment.name}"`, error) }
      }
      return stored({ id })
    })
  }

  async function save(input: AssessmentDraft): Promise<StoreResult<Assessment>> {
    const parsed = assessmentDraftSchema.safeParse(input)
    if (!parsed.success) {
      return storeFailure('invalid', `The assessment cannot be saved: ${describeIssues(parsed.error.issues)}.`)
    }
    const { id: givenId, ...draft } = parsed.data
    const id = givenId ?? newId()
    return queue.run(id, async () => {
      const found = givenId === undefined ? ({ kind: 'missing' } as const) : await read(id)
      if (found.kind === 'problem') {
        return { ok: false, error: problemAsError(found.problem) }
      }
      const previous = found.kind === 'found' ? found.assessment : undefined
      const timestamp = now().toISOString()
      return write({
        ...unknownFields(previous),
        kind: ASSESSMENT_KIND,
        schemaVersion: ASSESSMENT_SCHEMA_VERSION,
        id,
        ...draft,
        createdAt: previous?.createdAt ?? timestamp,
        updatedAt: timestamp,
      })
    })
  }

  return {
    list: () => listAssessmentFiles(fs, folder, maxBytes, reads),
    load,
    save,
    rename: (id, name) => withReadable(id, (assessment) => write({ ...assessment, name, updatedAt: now().toISOString() })),
    duplicate: async (id) => {
      const loaded = await load(id)
      if (!loaded.ok) {
        return loaded
      }
      const copyId = newId()
      const timestamp = now().toISOString()
      const { assessment } = loaded.value
      return queue.run(copyId, () => write({ ...assessment, id: copyId, name: copyName(assessment.name), createdAt: timestamp, updatedAt: timestamp }))
    },
    delete: remove,
    exportBundle: (ids, path) => exportBundle({ fs, load, now }, ids, path),
    importBundle: (path) =>
      importBundle({ fs, newId, exists: async (id) => (await read(id)).kind !== 'missing', write: (assessment) => queue.run(assessment.id, () => write(assessment)) }, path),
    cleanUp: () => removeStaleTemporaryFiles({ fs, now, isProcessAlive: options.isProcessAlive ?? isProcessAlive }, folder),
  }
}
