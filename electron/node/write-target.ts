/**
 * What a path to be written names, checked before anything is written: an atomic write renames
 * its temporary file over the path, which would replace a device, a FIFO or a link with a plain
 * file (as root, `--out /dev/null` replaced /dev/null).
 *
 * A symbolic link is written through: the link is resolved, the target checked the same way, and
 * the target replaced, so the link itself stays. A link to nothing is refused.
 */
import fsp from 'node:fs/promises'
import type { Stats } from 'node:fs'

/** Why a path cannot be written: what is there instead of a file. */
export type WriteTargetRefusal = 'directory' | 'device' | 'fifo' | 'socket' | 'broken-link' | 'not-a-file'

/** A path refused as a write target: nothing was written. `what` says what is there, in plain words. */
export class WriteTargetError extends Error {
  /** What is at the path, as "is a device, not a file". */
  readonly what: string

  constructor(
    readonly path: string,
    readonly refusal: WriteTargetRefusal,
  ) {
    super(`${path} ${REFUSAL_TEXT[refusal]}`)
    this.what = REFUSAL_TEXT[refusal]
  }
}

const REFUSAL_TEXT: Readonly<Record<WriteTargetRefusal, string>> = {
  directory: 'is a folder, not a file',
  device: 'is a device, not a file',
  fifo: 'is a pipe (FIFO), not a file',
  socket: 'is a socket, not a file',
  'broken-link': 'is a link to a file that does not exist',
  'not-a-file': 'is not a regular file',
}

function refusalOf(stats: Stats): WriteTargetRefusal | undefined {
  if (stats.isFile()) {
    return undefined
  }
  if (stats.isDirectory()) {
    return 'directory'
  }
  if (stats.isCharacterDevice() || stats.isBlockDevice()) {
    return 'device'
  }
  if (stats.isFIFO()) {
    return 'fifo'
  }
  return stats.isSocket() ? 'socket' : 'not-a-file'
}

async function lstatOrMissing(path: string): Promise<Stats | undefined> {
  try {
    return await fsp.lstat(path)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      return undefined
    }
    throw error
  }
}

/**
 * The path to write in place of `path`: `path` itself when nothing is there or a regular file is,
 * the link's resolved target when `path` is a symbolic link to a regular file. Throws a
 * {@link WriteTargetError} for a folder, device, FIFO, socket or a link to nothing; other file
 * system errors (a missing folder, no permission) are rethrown as they are.
 */
export async function resolveWriteTarget(path: string): Promise<string> {
  const stats = await lstatOrMissing(path)
  if (stats === undefined) {
    return path
  }
  if (!stats.isSymbolicLink()) {
    const refusal = refusalOf(stats)
    if (refusal !== undefined) {
      throw new WriteTargetError(path, refusal)
    }
    return path
  }
  let resolved: string
  try {
    resolved = await fsp.realpath(path)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      throw new WriteTargetError(path, 'broken-link')
    }
    throw error
  }
  const target = await fsp.lstat(resolved)
  const refusal = refusalOf(target)
  if (refusal !== undefined) {
    throw new WriteTargetError(path, refusal)
  }
  return resolved
}

/**
 * Checks again, just before the rename, that `resolved` (from {@link resolveWriteTarget}) is still
 * nothing or a regular file: something else put there meanwhile is refused, not replaced.
 */
export async function recheckWriteTarget(path: string, resolved: string): Promise<void> {
  const stats = await lstatOrMissing(resolved)
  if (stats !== undefined) {
    const refusal = stats.isSymbolicLink() ? 'not-a-file' : refusalOf(stats)
    if (refusal !== undefined) {
      throw new WriteTargetError(path, refusal)
    }
  }
}
