/**
 * One assessment file on disk: its name, and reading it into an assessment or a problem.
 *
 * Reading never changes the file: a corrupt or newer file is reported and left exactly as it is.
 */
import { join } from 'node:path'
import { parseAssessmentText } from '~shared/assessments/migrations'
import type { Assessment } from '~shared/assessments/assessment'
import { summarize, type AssessmentFileProblem, type AssessmentList, type AssessmentSummary, type StoreError } from '~shared/assessments/store-types'
import { isSameStamp, readStoreFile, type FileStamp } from './read-store-file'
import type { StoreFs } from './store-fs'

/**
 * Largest assessment file read or written, in bytes of UTF-8 on both ways (a collector's inputs
 * are a few KB; notes and many inputs stay far below).
 */
export const MAX_ASSESSMENT_BYTES = 32 * 1024 * 1024

const EXTENSION = '.json'

/** The file that holds assessment `id`. */
export function assessmentFileName(id: string): string {
  return `${id}${EXTENSION}`
}

/** True for the names the store lists: `*.json`, not hidden (temporary files are hidden). */
function isListedFileName(name: string): boolean {
  return name.endsWith(EXTENSION) && !name.startsWith('.')
}

/** What reading one file found. */
export type FileRead =
  | { readonly kind: 'found'; readonly assessment: Assessment; readonly migratedFrom?: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: AssessmentFileProblem }

function problem(fileName: string, code: AssessmentFileProblem['code'], message: string): FileRead {
  return { kind: 'problem', problem: { fileName, code, message } }
}

/** Most files whose reading a {@link FileReadCache} keeps (a few KB each parsed; more than a fleet view holds). */
export const MAX_KEPT_READS = 20_000

/**
 * What reading each file found, by file name and stamp: listing the assessments and then loading
 * them (the Fleet does both, each time it opens) reads and checks each unchanged file once.
 * Only what was found is kept (an assessment), never a problem, so a fixed file is read again.
 */
export interface FileReadCache {
  readonly get: (fileName: string) => { readonly stamp: FileStamp; readonly found: FileRead } | undefined
  readonly set: (fileName: string, stamp: FileStamp, found: FileRead) => void
  readonly delete: (fileName: string) => void
}

/** A cache of at most `max` files' reads; when full, it starts over. */
export function createFileReadCache(max = MAX_KEPT_READS): FileReadCache {
  const kept = new Map<string, { readonly stamp: FileStamp; readonly found: FileRead }>()
  return {
    get: (fileName) => kept.get(fileName),
    set: (fileName, stamp, found) => {
      if (kept.size >= max && !kept.has(fileName)) {
        kept.clear()
      }
      kept.set(fileName, { stamp, found })
    },
    delete: (fileName) => void kept.delete(fileName),
  }
}

/**
 * Reads `fileName` in `folder`: a regular file (checked before opening), its size in bytes, then
 * text, kind, version (migrating older ones) and fields. Never throws: whatever goes wrong is this
 * file's problem, so one bad file never hides the others. With `cache`, a file whose stamp is
 * unchanged since it was last found readable is not read again.
 */
export async function readAssessmentFile(fs: StoreFs, folder: string, fileName: string, maxBytes = MAX_ASSESSMENT_BYTES, cache?: FileReadCache): Promise<FileRead> {
  try {
    return await readCheckedFile(fs, folder, fileName, maxBytes, cache)
  } catch (error) {
    return problem(fileName, 'unreadable', `the file could not be read (${error instanceof Error ? error.message : String(error)})`)
  }
}

async function readCheckedFile(fs: StoreFs, folder: string, fileName: string, maxBytes: number, cache: FileReadCache | undefined): Promise<FileRead> {
  const kept = cache?.get(fileName)
  const file = await readStoreFile(fs, join(folder, fileName), maxBytes, (stamp) => kept !== undefined && isSameStamp(kept.stamp, stamp))
  if (file.kind !== 'unchanged' && file.kind !== 'text') {
    cache?.delete(fileName)
  }
  switch (file.kind) {
    case 'unchanged':
      return kept?.found ?? { kind: 'missing' }
    case 'missing':
      return { kind: 'missing' }
    case 'refused':
      return problem(fileName, file.reason === 'too-large' ? 'too-large' : 'unreadable', file.message)
    case 'error': {
      const code = (file.error as { code?: unknown } | null)?.code
      return problem(fileName, 'unreadable', `the file could not be read (${typeof code === 'string' ? code : String(file.error)})`)
    }
    case 'text':
      break
  }
  const read = parseAssessmentText(file.text)
  if (read.ok && assessmentFileName(read.assessment.id) === fileName) {
    const found: FileRead = { kind: 'found', assessment: read.assessment, ...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom }) }
    cache?.set(fileName, file.stamp, found)
    return found
  }
  cache?.delete(fileName)
  if (!read.ok) {
    return problem(fileName, read.code, read.message)
  }
  return problem(fileName, 'id-mismatch', `its id ${read.assessment.id} does not match its file name`)
}

/** The error an operation returns when the file it would change cannot be read: it is not touched. */
export function problemAsError(found: AssessmentFileProblem): StoreError {
  return {
    code: 'unreadable-on-disk',
    message: `${found.fileName}: ${found.message}. The file is left as it is; nothing was changed.`,
  }
}

/**
 * Each found file's list entry, kept while the cache keeps what reading it found: the entry's
 * glance merges and assesses the inputs (`summarize`), by far the dearest part of listing, and an
 * unchanged file gives the same entry every time.
 */
const summaries = new WeakMap<FileRead, AssessmentSummary>()

function summaryOf(found: Extract<FileRead, { readonly kind: 'found' }>): AssessmentSummary {
  const kept = summaries.get(found)
  if (kept !== undefined) {
    return kept
  }
  const summary = summarize(found.assessment, found.migratedFrom)
  summaries.set(found, summary)
  return summary
}

/** Every readable assessment in `folder` (most recently changed first) and a problem for each file that is not. */
export async function listAssessmentFiles(fs: StoreFs, folder: string, maxBytes = MAX_ASSESSMENT_BYTES, cache?: FileReadCache): Promise<AssessmentList> {
  let names: string[]
  try {
    names = (await fs.readdir(folder)).filter(isListedFileName).sort()
  } catch {
    return { entries: [], problems: [] }
  }
  const entries: AssessmentSummary[] = []
  const problems: AssessmentFileProblem[] = []
  for (const found of await Promise.all(names.map((name) => readAssessmentFile(fs, folder, name, maxBytes, cache)))) {
    if (found.kind === 'found') {
      entries.push(summaryOf(found))
    } else if (found.kind === 'problem') {
      problems.push(found.problem)
    }
  }
  entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name))
  return { entries, problems }
}
