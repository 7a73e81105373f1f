import fsp from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { withPrivateTempFolder } from '~electron/main/services/private-temp-folder'
import { useTempFolder } from '~tests/mocks/temp-folder'

const parent = useTempFolder('private-temp-')

describe('withPrivateTempFolder', () => {
  it('hands over a new folder only this user may enter, and removes it afterwards', async () => {
    const seen = await withPrivateTempFolder(async (folder) => {
      const stats = await fsp.stat(folder)
      expect(stats.isDirectory()).toBe(true)
      if (process.platform !== 'win32') {
        expect(stats.mode & 0o077).toBe(0)
      }
      await fsp.writeFile(`${folder}/out.json`, '{}')
      return folder
    }, parent())
    await expect(fsp.access(seen)).rejects.toThrow()
  })

  it('removes the folder when the work fails', async () => {
    let seen = ''
    await expect(
      withPrivateTempFolder(async (folder) => {
        seen = folder
        throw new Error('boom')
      }, parent()),
    ).rejects.toThrow('boom')
    await expect(fsp.access(seen)).rejects.toThrow()
  })
})
