/**
 * A private temporary folder for one figure, removed afterwards whatever happens.
 */
import fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Creates a temporary folder, runs `action` with its path, then removes it. */
export async function withTempFolder<T>(prefix: string, action: (folder: string) => Promise<T>): Promise<T> {
  const folder = await fsp.mkdtemp(join(tmpdir(), prefix))
  try {
    return await action(folder)
  } finally {
    await fsp.rm(folder, { recursive: true, force: true })
  }
}
