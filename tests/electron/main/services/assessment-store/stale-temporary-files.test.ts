import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isProcessAlive, removeStaleTemporaryFiles, STALE_TEMPORARY_FILE_MS } from '~electron/main/services/assessment-store/stale-temporary-files'
import { NODE_STORE_FS } from '~electron/main/services/assessment-store/store-fs'
import { useTempFolder } from '~tests/mocks/temp-folder'

const tempFolder = useTempFolder('stale-')
const DEAD_PID = 999_999_999

async function folderWith(names: readonly string[]): Promise<string> {
  const folder = await fsp.mkdtemp(join(tempFolder(), 'f-'))
  await Promise.all(names.map((name) => fsp.writeFile(join(folder, name), 'partial')))
  return folder
}

const context = (nowMs = Date.now()) => ({ fs: NODE_STORE_FS, now: () => new Date(nowMs), isProcessAlive: (pid: number) => pid !== DEAD_PID })

describe('removeStaleTemporaryFiles', () => {
  it('removes the temporary files of processes that are gone, and nothing else', async () => {
    const dead = `.a.json.${DEAD_PID}.0123456789ab.tmp`
    const folder = await folderWith([dead, 'a.json', '.hidden', `notes.${DEAD_PID}.tmp`])
    expect(await removeStaleTemporaryFiles(context(), folder)).toEqual([dead])
    expect((await fsp.readdir(folder)).sort()).toEqual(['.hidden', 'a.json', `notes.${DEAD_PID}.tmp`])
  })

  it('keeps a recent temporary file of this process or of another live one: its write may be in flight', async () => {
    const names = [`.a.json.${process.pid}.0123456789ab.tmp`, `.b.json.${process.ppid}.0123456789ab.tmp`]
    const folder = await folderWith(names)
    expect(await removeStaleTemporaryFiles(context(), folder)).toEqual([])
    expect((await fsp.readdir(folder)).sort()).toEqual(names.sort())
  })

  it('removes any temporary file older than a write can take', async () => {
    const name = `.a.json.${process.pid}.0123456789ab.tmp`
    const folder = await folderWith([name])
    expect(await removeStaleTemporaryFiles(context(Date.now() + STALE_TEMPORARY_FILE_MS + 60_000), folder)).toEqual([name])
  })

  it('finds nothing to do in a folder that does not exist', async () => {
    expect(await removeStaleTemporaryFiles(context(), join(tempFolder(), 'missing'))).toEqual([])
  })
})

describe('isProcessAlive', () => {
  it('knows this process is alive and a made-up one is not', () => {
    expect(isProcessAlive(process.pid)).toBe(true)
    expect(isProcessAlive(DEAD_PID)).toBe(false)
  })
})
