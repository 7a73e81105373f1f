/**
 * Writing a file so that readers see the old content or the new, never half of it.
 */
import fsp from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { recheckWriteTarget, resolveWriteTarget } from './write-target'

/** The file system calls an atomic write makes: a seam for tests that simulate a full disk. */
export type AtomicWriteFs = Pick<typeof fsp, 'open' | 'rename' | 'rm'>

/** `.<target name>.<pid>.<12 hex>.tmp`: the temporary file of a write still in progress (or cut short). */
export const TEMPORARY_FILE_PATTERN = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/

/** The process id in a temporary file's name, or `undefined` when the name is not one of ours. */
export function temporaryFileOwner(fileName: string): number | undefined {
  const match = TEMPORARY_FILE_PATTERN.exec(fileName)
  return match === null ? undefined : Number(match[2])
}

/**
 * Flushes the folder's entry list, so a rename into it survives a power cut. Best effort: Windows
 * cannot open a folder as a file, and some file systems refuse to sync one; the rename is done
 * either way.
 */
export async function syncFolder(folder: string, fs: AtomicWriteFs = fsp): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Not supported here: nothing more can be done, and the file itself is complete.
  }
}

/** A fresh temporary path beside `path`, named as {@link TEMPORARY_FILE_PATTERN} describes. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
}

/** What an atomic write writes: text (as UTF-8) or bytes as they are. */
export type FileContent = string | Uint8Array

/**
 * Writes `content` to `path` atomically: a temporary file in the same folder, flushed to disk,
 * renamed over the target, then the folder flushed where the platform allows it. The temporary
 * file is removed if anything fails; the error is rethrown for the caller to report, and the
 * previous content of `path` is untouched. A folder, device or FIFO at `path` is refused before
 * anything is written (a `WriteTargetError`); a symbolic link is written through to its target.
 */
export async function writeFileAtomic(path: string, content: FileContent, fs: AtomicWriteFs = fsp): Promise<void> {
  const target = await resolveWriteTarget(path)
  const temporary = temporaryPathFor(target)
  try {
    const handle = await fs.open(temporary, 'wx')
    try {
      // The encoding applies to text only; bytes are written unchanged.
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await recheckWriteTarget(path, target)
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(dirname(target), fs)
}
