/**
 * A private temporary folder for one operation: created fresh, removed afterwards.
 */
import fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Runs `use` with a new folder under the OS temp folder, then removes it whatever happened.
 *
 * `mkdtemp` picks an unpredictable name and creates it for this user only (mode 0700 on POSIX; on
 * Windows the user's own %TEMP%), so no other account can plant or read the file written there.
 */
export async function withPrivateTempFolder<T>(use: (folder: string) => Promise<T>, parent: string = tmpdir()): Promise<T> {
  const folder = await fsp.mkdtemp(join(parent, 'entra-readiness-'))
  try {
    return await use(folder)
  } finally {
    await fsp.rm(folder, { recursive: true, force: true }).catch(() => undefined)
  }
}
