/**
 * Writing a file so that readers see the old content or the new, never half of it.
 */
import fsp from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `content` to `path` atomically: a temporary file in the same folder, flushed to disk,
 * then renamed over the target. The temporary file is removed if anything fails; the error is
 * rethrown for the caller to report.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fsp.open(temporary, 'wx')
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fsp.rename(temporary, path)
  } catch (error) {
    await fsp.rm(temporary, { force: true }).catch(() => undefined)
    throw error
  }
}
