/**
 * One assessment file on disk: its name, and reading it into an assessment or a problem.
 *
 * Reading never changes the file: a corrupt or newer file is reported and left exactly as it is.
 */
import { join } from 'node:path'
import { parseAssessmentText } from '../../../../shared/assessments/migrations'
import type { Assessment } from '../../../../shared/assessments/assessment'
import { summarize, type AssessmentFileProblem, type AssessmentList, type AssessmentSummary, type StoreError } from '../../../../shared/assessments/store-types'
import { readStoreFile } from './read-store-file'
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

/**
 * Reads `fileName` in `folder`: a regular file (checked before opening), its size in bytes, then
 * text, kind, version (migrating older ones) and fields. Never throws: whatever goes wrong is this
 * file's problem, so one bad file never hides the others.
 */
export async function readAssessmentFile(fs: StoreFs, folder: string, fileName: string, maxBytes = MAX_ASSESSMENT_BYTES): Promise<FileRead> {
  try {
    return await readCheckedFile(fs, folder, fileName, maxBytes)
  } catch (error) {
    return problem(fileName, 'unreadable', `the file could not be read (${error instanceof Error ? error.message : String(error)})`)
  }
}

async function readCheckedFile(fs: StoreFs, folder: string, fileName: string, maxBytes: number): Promise<FileRead> {
  const file = await readStoreFile(fs, join(folder, fileName), maxBytes)
  switch (file.kind) {
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
  if (!read.ok) {
    return problem(fileName, read.code, read.message)
  }
  if (assessmentFileName(read.assessment.id) !== fileName) {
    return problem(fileName, 'id-mismatch', `its id ${read.assessment.id} does not match its file name`)
  }
  return { kind: 'found', assessment: read.assessment, ...(read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom }) }
}

/** The error an operation returns when the file it would change cannot be read: it is not touched. */
export function problemAsError(found: AssessmentFileProblem): StoreError {
  return {
    code: 'unreadable-on-disk',
    message: `${found.fileName}: ${found.message}. The file is left as it is; nothing was changed.`,
  }
}

/** Every readable assessment in `folder` (most recently changed first) and a problem for each file that is not. */
export async function listAssessmentFiles(fs: StoreFs, folder: string, maxBytes = MAX_ASSESSMENT_BYTES): Promise<AssessmentList> {
  let names: string[]
  try {
    names = (await fs.readdir(folder)).filter(isListedFileName).sort()
  } catch {
    return { entries: [], problems: [] }
  }
  const entries: AssessmentSummary[] = []
  const problems: AssessmentFileProblem[] = []
  for (const found of await Promise.all(names.map((name) => readAssessmentFile(fs, folder, name, maxBytes)))) {
    if (found.kind === 'found') {
      entries.push(summarize(found.assessment, found.migratedFrom))
    } else if (found.kind === 'problem') {
      problems.push(found.problem)
    }
  }
  entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name))
  return { entries, problems }
}
