/**
 * Reads one install-details file from disk: size check, bytes, text, validated document.
 *
 * Used by the `details:open-file` handler and by the command line. Never throws: every failure is
 * an error value whose message starts with the file name, says what is wrong and what to do.
 */
import fsp from 'node:fs/promises'
import { constants } from 'node:fs'
import { basename } from 'node:path'
import { decodeText } from '../../../shared/import/decode-text'
import { parseInstallDetails, type ProblemKind } from '../../../shared/import/parse-install-details'
import { fail, ok, type ErrorCode, type Result } from '../../../shared/ipc/result'
import type { InstallDetails } from '../../../shared/types/install-details'
import { formatBytes } from './format-bytes'

/** Largest file read: a collector's document is a few KB, so 5 MiB is generous. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024

/** A file read and validated. */
export interface InstallDetailsFile {
  /** The file's name without its folder. */
  readonly fileName: string
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le'
  readonly details: InstallDetails
}

/** Optional limits, for tests. */
export interface ReadOptions {
  readonly maxBytes?: number
}

const MAX_MESSAGE_LENGTH = 2000
const EXPORT_AGAIN = 'Export it again from the collector.'
const CHOOSE_DETAILS = 'Choose the install-details JSON file that the collector wrote or this app saved.'

// On POSIX, O_NONBLOCK keeps a FIFO swapped in after the size check from blocking the open.
// Windows has no such flag (undefined there).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

function failure<T>(fileName: string, code: ErrorCode, problem: string, advice: string): Result<T> {
  const message = `${fileName}: ${problem}. ${advice}`
  return fail(code, message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message)
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
  return failure(
    fileName,
    'file-too-large',
    `the file is ${formatBytes(sizeBytes)}, over the ${formatBytes(maxBytes)} limit for install details`,
    `${CHOOSE_DETAILS} (A collector's file is a few KB.)`,
  )
}

/** Reads at most `maxBytes + 1` bytes, so a file that grew after the size check is still caught. */
async function readBounded(path: string, expectedBytes: number, maxBytes: number): Promise<Uint8Array> {
  const handle = await fsp.open(path, OPEN_FLAGS)
  try {
    const limit = maxBytes + 1
    let buffer = Buffer.alloc(Math.min(expectedBytes, maxBytes) + 1)
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (buffer.length >= limit) {
          break
        }
        const grown = Buffer.alloc(Math.min(buffer.length * 2, limit))
        buffer.copy(grown, 0, 0, total)
        buffer = grown
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null)
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

function describeDocumentProblems(kind: ProblemKind, problems: readonly string[]): { problem: string; advice: string } {
  const first = problems[0] ?? 'the document is not valid'
  if (kind === 'kind') {
    return { problem: first, advice: CHOOSE_DETAILS }
  }
  if (kind === 'schema-version') {
    return { problem: first, advice: 'Export it again with the collector that comes with this version of the app.' }
  }
  return {
    problem: `some fields are not valid (${problems.join('; ')})`,
    advice: 'Correct those fields, or export the file again from the collector.',
  }
}

/** A file's text, decoded. */
export interface TextFile {
  readonly fileName: string
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le'
  readonly text: string
}

/**
 * Reads and decodes the file at `path`: refuses anything that is not a regular file, or larger
 * than the limit, before reading a byte of it.
 */
export async function readTextFile(path: string, options: ReadOptions = {}): Promise<Result<TextFile>> {
  const fileName = basename(path) || path
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES
  let bytes: Uint8Array
  try {
    const stats = await fsp.stat(path)
    if (stats.isDirectory()) {
      return failure(fileName, 'file-unreadable', 'this is a folder, not a file', CHOOSE_DETAILS)
    }
    if (!stats.isFile()) {
      return failure(fileName, 'file-unreadable', 'this is not a regular file (a device, pipe or socket)', CHOOSE_DETAILS)
    }
    if (stats.size > maxBytes) {
      return tooLarge(fileName, stats.size, maxBytes)
    }
    bytes = await readBounded(path, stats.size, maxBytes)
  } catch (error) {
    return unreadable(fileName, error)
  }
  if (bytes.length > maxBytes) {
    return tooLarge(fileName, bytes.length, maxBytes)
  }
  const decoded = decodeText(bytes)
  if (!decoded.ok) {
    return failure(fileName, 'file-not-text', decoded.problem, CHOOSE_DETAILS)
  }
  return ok({ fileName, encoding: decoded.encoding, text: decoded.text })
}

/** Validates decoded JSON text as install details, with the reader's messages and advice. */
export function parseDetailsText(fileName: string, encoding: TextFile['encoding'], text: string): Result<InstallDetailsFile> {
  const parsed = parseInstallDetails(text)
  if (!parsed.ok) {
    if (parsed.problem === 'json') {
      return failure(fileName, 'invalid-json', parsed.problems[0] ?? 'it is not valid JSON', EXPORT_AGAIN)
    }
    const { problem, advice } = describeDocumentProblems(parsed.problem, parsed.problems)
    return failure(fileName, 'invalid-document', problem, advice)
  }
  return ok({ fileName, encoding, details: parsed.details })
}

/**
 * Reads, decodes and validates the install-details JSON file at `path`.
 */
export async function readInstallDetailsFile(path: string, options: ReadOptions = {}): Promise<Result<InstallDetailsFile>> {
  const read = await readTextFile(path, options)
  return read.ok ? parseDetailsText(read.value.fileName, read.value.encoding, read.value.text) : { ok: false, error: read.error }
}
