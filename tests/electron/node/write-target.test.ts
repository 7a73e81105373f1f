import { execFileSync } from 'node:child_process'
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '~electron/node/write-file-atomic'
import { resolveWriteTarget, WriteTargetError } from '~electron/node/write-target'
import { useTempFolder } from '~tests/mocks/temp-folder'
import { characterDeviceIn } from '~tests/support/character-device'

const root = useTempFolder('write-target-')
let folder = ''
const isPosix = process.platform !== 'win32'

beforeEach(async () => {
  folder = await fsp.mkdtemp(join(root(), 'case-'))
})

describe('resolveWriteTarget', () => {
  it('gives back a missing path and a regular file as they are', async () => {
    await fsp.writeFile(join(folder, 'a.json'), '{}')
    expect(await resolveWriteTarget(join(folder, 'a.json'))).toBe(join(folder, 'a.json'))
    expect(await resolveWriteTarget(join(folder, 'new.json'))).toBe(join(folder, 'new.json'))
  })

  it('refuses a folder', async () => {
    await expect(resolveWriteTarget(folder)).rejects.toMatchObject({ refusal: 'directory' })
  })

  it.runIf(isPosix)('refuses a character device and a FIFO', async () => {
    execFileSync('mkfifo', [join(folder, 'pipe')])
    const device = characterDeviceIn(folder)
    await expect(resolveWriteTarget(device)).rejects.toBeInstanceOf(WriteTargetError)
    await expect(resolveWriteTarget(device)).rejects.toMatchObject({ refusal: 'device' })
    await expect(resolveWriteTarget(join(folder, 'pipe'))).rejects.toMatchObject({ refusal: 'fifo' })
  })

  it.runIf(isPosix)('resolves a link to a file, and refuses a link to a folder or to nothing', async () => {
    await fsp.writeFile(join(folder, 'real'), 'x')
    await fsp.symlink('real', join(folder, 'link'))
    await fsp.symlink('.', join(folder, 'to-folder'))
    await fsp.symlink('gone', join(folder, 'dangling'))
    expect(await resolveWriteTarget(join(folder, 'link'))).toBe(await fsp.realpath(join(folder, 'real')))
    await expect(resolveWriteTarget(join(folder, 'to-folder'))).rejects.toMatchObject({ refusal: 'directory' })
    await expect(resolveWriteTarget(join(folder, 'dangling'))).rejects.toMatchObject({ refusal: 'broken-link' })
  })
})

describe('writeFileAtomic (the app saves and exports through it)', () => {
  it.runIf(isPosix)('refuses a FIFO before writing anything, and leaves it a FIFO', async () => {
    execFileSync('mkfifo', [join(folder, 'report.html')])
    await expect(writeFileAtomic(join(folder, 'report.html'), 'x')).rejects.toMatchObject({ refusal: 'fifo' })
    expect((await fsp.lstat(join(folder, 'report.html'))).isFIFO()).toBe(true)
    expect(await fsp.readdir(folder)).toEqual(['report.html'])
  })

  it.runIf(isPosix)('writes through a link and keeps the link', async () => {
    await fsp.writeFile(join(folder, 'real.html'), 'old')
    await fsp.symlink('real.html', join(folder, 'link.html'))
    await writeFileAtomic(join(folder, 'link.html'), 'new')
    expect((await fsp.lstat(join(folder, 'link.html'))).isSymbolicLink()).toBe(true)
    expect(await fsp.readFile(join(folder, 'real.html'), 'utf8')).toBe('new')
  })
})
