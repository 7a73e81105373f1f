/**
 * `--out` over what is not a plain file: a device, a FIFO and a folder are refused with exit 2
 * and nothing written; a symbolic link is written through to its target and stays a link. Runs
 * without root: the FIFO comes from `mkfifo`, the device is /dev/null (as root, a device of its own
 * made in the test folder, so a regression can never replace the real /dev/null).
 */
import { execFileSync } from 'node:child_process'
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { useTempFolder } from '../mocks/temp-folder'
import { characterDeviceIn } from '../support/character-device'
import { runCliForTest as run } from '../support/run-cli'

const FILES = `${relative(process.cwd(), fileURLToPath(new URL('../fixtures/files/', import.meta.url)))}/`
const AADC01 = `${FILES}aadc01.json`
const root = useTempFolder('cli-out-target-')
let current = ''
/** A fresh folder per test, so each test sees only its own files. */
const tempFolder = () => current
const isPosix = process.platform !== 'win32'

async function entries(): Promise<string[]> {
  return (await fsp.readdir(tempFolder())).sort()
}

describe('assess --out over what is not a file', () => {
  beforeEach(async () => {
    current = await fsp.mkdtemp(join(root(), 'case-'))
  })

  it.runIf(isPosix)('refuses a character device (/dev/null), exits 2 and leaves it a device', async () => {
    const device = characterDeviceIn(tempFolder())
    const { code, stdout, stderr } = await run('assess', AADC01, '--out', device)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`entra-readiness: did not write ${device}: it is a device, not a file. Give --out the path of a file; nothing was written.\n`)
    expect((await fsp.lstat(device)).isCharacterDevice()).toBe(true)
  })

  it.runIf(isPosix)('refuses a FIFO without opening it (no hang), exits 2 and leaves it a FIFO', async () => {
    const fifo = join(tempFolder(), 'report.fifo')
    execFileSync('mkfifo', [fifo])
    const { code, stderr } = await run('assess', AADC01, '--out', fifo)
    expect(code).toBe(2)
    expect(stderr).toMatch(/did not write .*report\.fifo: it is a pipe \(FIFO\), not a file\./)
    expect((await fsp.lstat(fifo)).isFIFO()).toBe(true)
    expect(await entries()).toEqual(['report.fifo'])
  })

  it('refuses a folder, exits 2 and writes nothing into or beside it', async () => {
    const folder = join(tempFolder(), 'reports')
    await fsp.mkdir(folder)
    const { code, stderr } = await run('assess', AADC01, '--out', folder)
    expect(code).toBe(2)
    expect(stderr).toMatch(/did not write .*reports: it is a folder, not a file\./)
    expect(await entries()).toEqual(['reports'])
    expect(await fsp.readdir(folder)).toEqual([])
  })

  it.runIf(isPosix)('writes through a symbolic link to its target, and the link stays a link', async () => {
    const target = join(tempFolder(), 'real.json')
    const link = join(tempFolder(), 'link.json')
    await fsp.writeFile(target, 'old')
    await fsp.symlink('real.json', link)
    const { code } = await run('assess', AADC01, '--out', link)
    expect(code).toBe(1)
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true)
    expect(JSON.parse(await fsp.readFile(target, 'utf8'))).toMatchObject({ servers: [{ name: 'AADC01' }] })
    expect(await entries()).toEqual(['link.json', 'real.json'])
  })

  it.runIf(isPosix)('refuses a link to a FIFO, and a link to nothing', async () => {
    const fifo = join(tempFolder(), 'pipe')
    execFileSync('mkfifo', [fifo])
    await fsp.symlink('pipe', join(tempFolder(), 'to-pipe.json'))
    await fsp.symlink('nowhere.json', join(tempFolder(), 'dangling.json'))
    const toPipe = await run('assess', AADC01, '--out', join(tempFolder(), 'to-pipe.json'))
    expect(toPipe.code).toBe(2)
    expect(toPipe.stderr).toMatch(/it is a pipe \(FIFO\), not a file/)
    const dangling = await run('assess', AADC01, '--out', join(tempFolder(), 'dangling.json'))
    expect(dangling.code).toBe(2)
    expect(dangling.stderr).toMatch(/it is a link to a file that does not exist/)
    expect((await fsp.lstat(fifo)).isFIFO()).toBe(true)
    expect(await entries()).toEqual(['dangling.json', 'pipe', 'to-pipe.json'])
  })
})
