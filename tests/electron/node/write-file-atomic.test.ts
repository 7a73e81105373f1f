import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { temporaryFileOwner, writeFileAtomic, type AtomicWriteFs } from '~electron/node/write-file-atomic'
import { temporaryWritesReplaced, withHandleMethods } from '~tests/support/file-handle-seam'
import { useTempFolder } from '~tests/mocks/temp-folder'

const tempFolder = useTempFolder('atomic-')

describe('writeFileAtomic', () => {
  it('writes a new file', async () => {
    const path = join(tempFolder(), 'new.json')
    await writeFileAtomic(path, '{"a":1}')
    expect(await fsp.readFile(path, 'utf8')).toBe('{"a":1}')
  })

  it('writes bytes unchanged, not as text', async () => {
    const path = join(tempFolder(), 'bytes.pdf')
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0xfe, 0x80, 0x0a])
    await writeFileAtomic(path, bytes)
    expect(new Uint8Array(await fsp.readFile(path))).toEqual(bytes)
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

  it('flushes the file, renames it over the target, then flushes the folder', async () => {
    const path = join(tempFolder(), 'synced.json')
    const calls: string[] = []
    const recording: AtomicWriteFs = {
      open: async (...args: Parameters<typeof fsp.open>) => {
        const handle = await fsp.open(...args)
        const label = String(args[0]) === tempFolder() ? 'folder' : 'file'
        const sync = async () => {
          calls.push(`sync ${label}`)
          await handle.sync()
        }
        return withHandleMethods(handle, { sync })
      },
      rename: async (...args: Parameters<typeof fsp.rename>) => {
        calls.push('rename')
        await fsp.rename(...args)
      },
      rm: fsp.rm,
    }
    await writeFileAtomic(path, 'durable', recording)
    expect(calls).toEqual(['sync file', 'rename', 'sync folder'])
    expect(await fsp.readFile(path, 'utf8')).toBe('durable')
  })

  it('keeps the old content and removes the temporary file when the disk fills up mid-write', async () => {
    const path = join(tempFolder(), 'full.json')
    await fsp.writeFile(path, 'previous')
    const full = temporaryWritesReplaced((handle) => async (text) => {
      await handle.write(text.slice(0, 3))
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    })
    await expect(writeFileAtomic(path, 'the new and longer content', full)).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(await fsp.readFile(path, 'utf8')).toBe('previous')
    expect((await fsp.readdir(tempFolder())).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

describe('temporaryFileOwner', () => {
  it('reads the process id from a temporary file name, and nothing from other names', () => {
    expect(temporaryFileOwner('.a b.json.4242.0123456789ab.tmp')).toBe(4242)
    expect(temporaryFileOwner('a.json')).toBeUndefined()
    expect(temporaryFileOwner('.a.json.4242.xyz.tmp')).toBeUndefined()
  })
})
