/**
 * Exit statuses the contract gives: no server assessed is 2 with a message (an empty folder, or
 * one holding only links to nowhere), and a reader that goes away (`| head`) does not turn a
 * critical fleet's 1 into 0.
 */
import fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createProcessIo, runCli } from '~electron/cli/main'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest as run } from '../support/run-cli'
const RELEASE_KEY_FOLDER = join(tmpdir(), 'entra-readiness-tests-no-release-keys')

const FILES = `${relative(process.cwd(), fileURLToPath(new URL('../fixtures/files/', import.meta.url)))}/`
const tempFolder = useTempFolder('cli-exit-')

describe('assess with no server to assess', () => {
  it('exits 2 with a message for an empty folder', async () => {
    const folder = join(tempFolder(), 'empty')
    await fsp.mkdir(folder)
    const { code, stderr } = await run('assess', folder, '--format', 'text')
    expect(code).toBe(2)
    expect(stderr).toBe("entra-readiness: no server was assessed: the inputs hold no files. Give the collector's files, or a folder that holds them.\n")
  })

  it.runIf(process.platform !== 'win32')('exits 2 naming each link of a folder that holds only links to nowhere', async () => {
    const folder = join(tempFolder(), 'links')
    await fsp.mkdir(folder)
    await fsp.symlink('gone-1.json', join(folder, 'a.json'))
    await fsp.symlink('gone-2.json', join(folder, 'b.json'))
    const { code, stderr } = await run('assess', folder, '--format', 'text')
    expect(code).toBe(2)
    expect(stderr).toMatch(/a\.json/)
    expect(stderr).toMatch(/b\.json/)
  })

  it('still reads a file through a link in a folder', async () => {
    const folder = join(tempFolder(), 'linked')
    await fsp.mkdir(folder)
    await fsp.symlink(join(process.cwd(), FILES, 'aadc01.json'), join(folder, 'aadc01.json'))
    const { code, stdout } = await run('assess', folder, '--as-of', '2026-11-26')
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toMatchObject({ servers: [{ name: 'AADC01' }] })
  })
})

describe('assess | head', () => {
  it('exits 1 for a critical server though the reader went away before reading', async () => {
    const reader = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
      },
    })
    const io = { ...createProcessIo('9.9.9', RELEASE_KEY_FOLDER, undefined, reader), stderr: () => undefined, today: () => '2026-11-26' }
    const code = await runCli(['assess', `${FILES}aadc01.json`, `${FILES}legacy-v1.json`, '--format', 'text'], io)
    expect(code).toBe(1)
  })
})

describe('waiting for a slow reader', () => {
  it('leaves no listener behind however often it waits', async () => {
    const reader = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, callback) => setImmediate(callback) })
    const listeners = () => ['drain', 'close', 'error'].map((event) => reader.listenerCount(event))
    const io = createProcessIo('9.9.9', RELEASE_KEY_FOLDER, undefined, reader)
    const before = listeners()
    for (let index = 0; index < 40; index += 1) {
      io.stdout('x'.repeat(64))
      await io.waitForStdout?.()
    }
    expect(listeners()).toEqual(before)
  })
})
