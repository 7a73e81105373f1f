import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../electron/main/services/write-file-atomic'
import { useTempFolder } from '../../../mocks/temp-folder'

const tempFolder = useTempFolder('atomic-')

describe('writeFileAtomic', () => {
  it('writes a new file', async () => {
    const path = join(tempFolder(), 'new.json')
    await writeFileAtomic(path, '{"a":1}')
    expect(await fsp.readFile(path, 'utf8')).toBe('{"a":1}')
  })

  it('replaces an existing file and leaves no temporary file behind', async () => {
    const path = join(tempFolder(), 'replace.json')
    await fsp.writeFile(path, 'old')
    await writeFileAtomic(path, 'new')
    expect(await fsp.readFile(path, 'utf8')).toBe('new')
    expect((await fsp.readdir(tempFolder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('rejects when the folder does not exist, leaving nothing behind', async () => {
    await expect(writeFileAtomic(join(tempFolder(), 'missing', 'out.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('rejects when the target is a folder and removes its temporary file', async () => {
    const target = join(tempFolder(), 'a-folder')
    await fsp.mkdir(target)
    await expect(writeFileAtomic(target, 'x')).rejects.toBeDefined()
    expect((await fsp.readdir(tempFolder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})
