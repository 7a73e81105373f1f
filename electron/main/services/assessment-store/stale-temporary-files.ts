/**
 * Removing the temporary files of writes that were cut short (a crash, a kill, a power cut).
 *
 * A temporary file of a writer that may still be running is never removed: its rename would fail.
 * Only files whose writing process is gone, or that are older than any write takes, are removed.
 */
import { join } from 'node:path'
import { temporaryFileOwner } from '~electron/node/write-file-atomic'
import type { StoreFs } from './store-fs'

/** Older than this, a temporary file is left over whoever wrote it (a write takes seconds at most). */
export const STALE_TEMPORARY_FILE_MS = 60 * 60 * 1000

/** True when a process with this id exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as { code?: unknown } | null)?.code === 'EPERM'
  }
}

/** What the clean-up needs to know about the world. */
export interface CleanUpContext {
  readonly fs: StoreFs
  readonly now: () => Date
  readonly isProcessAlive: (pid: number) => boolean
}

async function isLeftOver(context: CleanUpContext, path: string, owner: number): Promise<boolean> {
  const { mtimeMs } = await context.fs.stat(path)
  if (context.now().getTime() - mtimeMs > STALE_TEMPORARY_FILE_MS) {
    return true
  }
  // This process's own writes are in flight until they finish; another process's end when it does.
  return owner !== process.pid && !context.isProcessAlive(owner)
}

/** Removes the left-over temporary files in `folder`; returns their names. Never touches anything else. */
export async function removeStaleTemporaryFiles(context: CleanUpContext, folder: string): Promise<string[]> {
  let names: string[]
  try {
    names = await context.fs.readdir(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const owner = temporaryFileOwner(name)
    if (owner === undefined) {
      continue
    }
    const path = join(folder, name)
    try {
      if (await isLeftOver(context, path, owner)) {
        await context.fs.rm(path, { force: true })
        removed.push(name)
      }
    } catch {
      // Gone already (its writer renamed it) or not removable now: the next clean-up tries again.
    }
  }
  return removed
}
