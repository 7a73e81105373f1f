/**
 * Store errors as values: file system failures turned into a code and a sentence for people.
 */
import type { StoreError, StoreErrorCode, StoreResult } from '~shared/assessments/store-types'

/** A success. */
export function stored<T>(value: T): StoreResult<T> {
  return { ok: true, value }
}

/** A failure. */
export function storeFailure<T = never>(code: StoreErrorCode, message: string): StoreResult<T> {
  return { ok: false, error: { code, message } }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/** True when `error` says the file is not there. */
export function isMissing(error: unknown): boolean {
  const code = errorCode(error)
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/**
 * Describes a failed write (or delete) of `what` ("Could not save "Contoso AADC01"") by its cause; the
 * previous version is always kept, because writes go to a temporary file first.
 */
export function describeWriteError(what: string, error: unknown): StoreError {
  const code = errorCode(error)
  const kept = 'The previous version is kept.'
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: `${what}: the disk is full. Free some space and try again. ${kept}` }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'read-only', message: `${what}: the folder cannot be written (${code}). Check that you may write to it. ${kept}` }
    default:
      return { code: 'io', message: `${what}: the file could not be written (${code ?? describeUnknown(error)}). ${kept}` }
  }
}

function describeUnknown(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
