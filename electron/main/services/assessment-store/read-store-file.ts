/**
 * Reading one of the store's files (an assessment, or a bundle to import) safely: it must be a
 * regular file, checked before it is opened and again on the open handle, and it is read only up
 * to its limit in bytes. A FIFO named like an assessment used to hang the whole list forever.
 */
import { constants } from 'node:fs'
import { formatBytes } from '~shared/import/format-bytes'
import { isMissing } from './store-errors'
import type { StoreFs } from './store-fs'

// O_NONBLOCK: a FIFO swapped in after the check cannot block the open (POSIX; Windows has none).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** What reading found: the text, nothing there, a refusal before reading (with its sentence), or a file system error. */
export type StoreFileRead =
  | { readonly kind: 'text'; readonly text: string; readonly stamp: FileStamp }
  /** The caller said it already holds what this file, as stamped, says: it was not read. */
  | { readonly kind: 'unchanged'; readonly stamp: FileStamp }
  | { readonly kind: 'missing' }
  | { readonly kind: 'refused'; readonly reason: 'not-a-file' | 'too-large'; readonly message: string }
  | { readonly kind: 'error'; readonly error: unknown }

interface FileKind {
  isFile(): boolean
  isDirectory(): boolean
  readonly size: number
  readonly ino?: number
  readonly mtimeMs?: number
  readonly ctimeMs?: number
}

/**
 * What tells one version of a file from another without reading it: its inode (the store replaces
 * a file by renaming a new one over it), size, and change and modification times.
 */
export interface FileStamp {
  readonly ino: number
  readonly size: number
  readonly mtimeMs: number
  readonly ctimeMs: number
}

function stampOf(stats: FileKind): FileStamp {
  return { ino: stats.ino ?? 0, size: stats.size, mtimeMs: stats.mtimeMs ?? 0, ctimeMs: stats.ctimeMs ?? 0 }
}

/** True when the two stamps are of the same version of a file. */
export function isSameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs
}

function refusalOf(stats: FileKind, maxBytes: number): StoreFileRead | undefined {
  if (stats.isDirectory()) {
    return { kind: 'refused', reason: 'not-a-file', message: 'it is a folder, not a file' }
  }
  if (!stats.isFile()) {
    return { kind: 'refused', reason: 'not-a-file', message: 'it is not a regular file (a device, pipe or socket); it was not opened' }
  }
  return stats.size > maxBytes ? tooLarge(stats.size, maxBytes) : undefined
}

function tooLarge(size: number, maxBytes: number): StoreFileRead {
  return { kind: 'refused', reason: 'too-large', message: `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit` }
}

type Handle = Awaited<ReturnType<StoreFs['open']>>

/** At most `limit` bytes from `handle`: a buffer of the expected size, grown if the file grew meanwhile. */
async function readUpTo(handle: Handle, expected: number, limit: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, limit))
  let total = 0
  for (;;) {
    if (total === buffer.length) {
      if (buffer.length >= limit) {
        return buffer
      }
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit))
      buffer.copy(grown, 0, 0, total)
      buffer = grown
    }
    const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null)
    if (bytesRead === 0) {
      return buffer.subarray(0, total)
    }
    total += bytesRead
  }
}

/**
 * Reads the file at `path` as UTF-8 text, at most `maxBytes` bytes: anything but a regular file is
 * refused unopened, and a file that grew past the limit after the check is refused too. Never throws.
 * `isKnown` is asked with the open file's stamp: when it says yes the bytes are not read.
 */
export function readStoreFile(fs: StoreFs, path: string, maxBytes: number): Promise<Exclude<StoreFileRead, { readonly kind: 'unchanged' }>>
export function readStoreFile(fs: StoreFs, path: string, maxBytes: number, isKnown: (stamp: FileStamp) => boolean): Promise<StoreFileRead>
export async function readStoreFile(fs: StoreFs, path: string, maxBytes: number, isKnown?: (stamp: FileStamp) => boolean): Promise<StoreFileRead> {
  try {
    const refused = refusalOf(await fs.stat(path), maxBytes)
    if (refused !== undefined) {
      return refused
    }
    const handle = await fs.open(path, OPEN_FLAGS)
    try {
      const stats = await handle.stat()
      const changed = refusalOf(stats, maxBytes)
      if (changed !== undefined) {
        return changed
      }
      const stamp = stampOf(stats)
      if (isKnown?.(stamp) === true) {
        return { kind: 'unchanged', stamp }
      }
      const bytes = await readUpTo(handle, stats.size, maxBytes + 1)
      return bytes.length > maxBytes ? tooLarge(bytes.length, maxBytes) : { kind: 'text', text: bytes.toString('utf8'), stamp }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return isMissing(error) ? { kind: 'missing' } : { kind: 'error', error }
  }
}
