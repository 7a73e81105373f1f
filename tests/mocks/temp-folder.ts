/**
 * A private temporary folder for one test file: created before its tests, removed after.
 */
import fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'

/** Registers the folder's hooks; call the returned function inside a test for its path. */
export function useTempFolder(prefix: string): () => string {
  let folder = ''
  beforeAll(async () => {
    folder = await fsp.mkdtemp(join(tmpdir(), prefix))
  })
  afterAll(async () => {
    await fsp.rm(folder, { recursive: true, force: true })
  })
  return () => folder
}
