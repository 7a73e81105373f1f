/**
 * Reads one input file's bytes from disk, for main (the open dialog, the collector's output) and
 * the command line: a regular file within the size limit, read bounded. The bytes go to the
 * importer (`shared/intake/import-input.ts`), which decodes and reads them.
 *
 * Never throws: every failure is an error value whose message starts with the file name, says
 * what is wrong and what to do.
 */
import fsp from 'node:fs/promises'
import { closeSync, constants, openSync, readSync, statSync, type Stats } from 'node:fs'
import { basename } from 'node:path'
import type { BytesSource } from '~shared/intake/import-input'
import { CHOOSE_DETAILS, describeInputProblem, describeTooLarge, MAX_INPUT_BYTES } from '~shared/import/input-messages'
import { fail, ok, type ErrorCode, type Result } from '~shared/ipc/result'

/** Optional limits, for tests. */
export interface ReadOptions {
  readonly maxBytes?: number
}

// On POSIX, O_NONBLOCK keeps a FIFO swapped in after the size check from blocking the open.
// Windows has no such flag (undefined there).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

function failure<T>(fileName: string, code: ErrorCode, problem: string, advice: string): Result<T> {
  return fail(code, describeInputProblem(fileName, problem, advice))
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'the file does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission to read the file was denied'
    case 'EISDIR':
      return 'this is a folder, not a file'
    case 'EBUSY':
      return 'the file is locked by another program'
    default:
      return `the file could not be read (${typeof code === 'string' ? code : 'unknown error'})`
  }
}

function unreadable<T>(fileName: string, error: unknown): Result<T> {
  return failure(fileName, 'file-unreadable', describeFsError(error), 'Check the path and that you may read the file, then try again.')
}

function tooLarge<T>(fileName: string, sizeBytes: number, maxBytes: number): Result<T> {
  return fail('file-too-large', describeTooLarge(fileName, sizeBytes, maxBytes))
}

/**
 * Where the next read goes while reading at most `maxBytes + 1` bytes (so a file that grew after
 * the size check is still caught): the buffer, grown when full, or undefined once the limit is read.
 */
function roomToRead(buffer: Buffer, total: number, limit: number): Buffer | undefined {
  if (total < buffer.length) {
    return buffer
  }
  if (buffer.length >= limit) {
    return undefined
  }
  const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit))
  buffer.copy(grown, 0, 0, total)
  return grown
}

/** Reads at most `maxBytes + 1` bytes of the file at `path`. */
async function readBounded(path: string, expectedBytes: number, maxBytes: number): Promise<Uint8Array> {
  const handle = await fsp.open(path, OPEN_FLAGS)
  try {
    let buffer: Buffer = Buffer.allocUnsafe(Math.min(expectedBytes, maxBytes) + 1)
    let total = 0
    for (let room: Buffer | undefined = buffer; room !== undefined; room = roomToRead(room, total, maxBytes + 1)) {
      buffer = room
      const { bytesRead } = await handle.read(room, total, room.length - total, null)
      if (bytesRead === 0) {
        break
      }
      total += bytesRead
    }
    return buffer.subarray(0, total)
  } finally {
    await handle.close()
  }
}

/** Why a file is refused before a byte of it is read (a folder, not a regular file, too large), if it is. */
function refusal<T>(fileName: string, stats: Stats, maxBytes: number): Result<T> | undefined {
  if (stats.isDirectory()) {
    return failure(fileName, 'file-unreadable', 'this is a folder, not a file', CHOOSE_DETAILS)
  }
  if (!stats.isFile()) {
    return failure(fileName, 'file-unreadable', 'this is not a regular file (a device, pipe or socket)', CHOOSE_DETAILS)
  }
  return stats.size > maxBytes ? tooLarge(fileName, stats.size, maxBytes) : undefined
}

/** The bytes read, or too large when the file grew past the limit after the size check. */
function within(name: string, bytes: Uint8Array, maxBytes: number): Result<BytesSource> {
  return bytes.length > maxBytes ? tooLarge(name, bytes.length, maxBytes) : ok({ name, bytes, maxBytes })
}

/**
 * Reads the file at `path` (named by its base name): refuses anything that is not a regular file,
 * or larger than the limit, before reading a byte of it.
 */
export async function readInputBytes(path: string, options: ReadOptions = {}): Promise<Result<BytesSource>> {
  const name = basename(path) || path
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES
  try {
    const stats = await fsp.stat(path)
    const refused = refusal<BytesSource>(name, stats, maxBytes)
    return refused ?? within(name, await readBounded(path, stats.size, maxBytes), maxBytes)
  } catch (error) {
    return unreadable(name, error)
  }
}

/**
 * `readInputBytes` without the event loop: the same checks, in the same order, with the same
 * messages, for the command line, which reads a fleet's files one after another (a synchronous
 * read of a small file costs a fraction of an asynchronous one). Never for main, whose start must
 * not block.
 */
export function readInputBytesSync(path: string, options: ReadOptions = {}): Result<BytesSource> {
  const name = basename(path) || path
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES
  try {
    const stats = statSync(path)
    const refused = refusal<BytesSource>(name, stats, maxBytes)
    if (refused !== undefined) {
      return refused
    }
    const fd = openSync(path, OPEN_FLAGS)
    try {
      return within(name, readBoundedSync(fd, stats.size, maxBytes), maxBytes)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    return unreadable(name, error)
  }
}

/** `readBounded` over an open descriptor, synchronously. */
function readBoundedSync(fd: number, expectedBytes: number, maxBytes: number): Uint8Array {
  let buffer: Buffer = Buffer.allocUnsafe(Math.min(expectedBytes, maxBytes) + 1)
  let total = 0
  for (let room: Buffer | undefined = buffer; room !== undefined; room = roomToRead(room, total, maxBytes + 1)) {
    buffer = room
    const bytesRead = readSync(fd, room, total, room.length - total, null)
    if (bytesRead === 0) {
      break
    }
    total += bytesRead
  }
  return buffer.subarray(0, total)
}
