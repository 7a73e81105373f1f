/**
 * The command line's synchronous reader gives what the app's asynchronous one gives: the same
 * bytes, the same refusals and the same messages, for every kind of path.
 */
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:net'
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readInputBytes, readInputBytesSync } from '~electron/node/read-input-bytes'
import { useTempFolder } from '~tests/mocks/temp-folder'

const tempFolder = useTempFolder('read-sync-')
const SAMPLE = JSON.stringify({ kind: 'entra-connect-install-details', schemaVersion: 1, server: { name: 'AADC01' } })

async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(tempFolder(), name)
  await fsp.writeFile(path, content)
  return path
}

async function expectSame(path: string, maxBytes?: number) {
  const options = maxBytes === undefined ? {} : { maxBytes }
  const asynchronous = await readInputBytes(path, options)
  const synchronous = readInputBytesSync(path, options)
  expect(synchronous).toEqual(asynchronous)
  return synchronous
}

describe('readInputBytesSync', () => {
  it('reads UTF-8, UTF-8 with a BOM and UTF-16LE with a BOM byte for byte, as the app does', async () => {
    for (const [name, bytes] of [
      ['plain.json', Buffer.from(SAMPLE)],
      ['bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)])],
      ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')])],
    ] as const) {
      const read = await expectSame(await writeTemp(name, bytes))
      expect(read).toMatchObject({ ok: true, value: { name, maxBytes: 5 * 1024 * 1024 } })
      expect(read.ok && Buffer.from(read.value.bytes).equals(bytes)).toBe(true)
    }
  })

  it('reads a file exactly at the limit and refuses one byte over it', async () => {
    expect((await expectSame(await writeTemp('at.json', 'x'.repeat(64)), 64)).ok).toBe(true)
    const over = await expectSame(await writeTemp('over.json', 'x'.repeat(65)), 64)
    expect(over).toMatchObject({ ok: false, error: { code: 'file-too-large' } })
  })

  it('refuses a 2 GB file at once, naming its size and the limit', async () => {
    const path = join(tempFolder(), 'huge.json')
    await fsp.writeFile(path, '')
    await fsp.truncate(path, 2 * 1024 ** 3)
    const started = performance.now()
    const result = readInputBytesSync(path)
    expect(performance.now() - started).toBeLessThan(1000)
    expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } })
    expect(result.ok ? '' : result.error.message).toMatch(/^huge\.json: .*2 GB.*5 MB/)
    await fsp.rm(path)
  })

  it('refuses a folder, a missing file, a path through a file and a path that is not one, as the app does', async () => {
    expect(await expectSame(tempFolder())).toMatchObject({ ok: false, error: { code: 'file-unreadable' } })
    expect(await expectSame(join(tempFolder(), 'missing.json'))).toMatchObject({ ok: false })
    const file = await writeTemp('plain.json', SAMPLE)
    expect(await expectSame(join(file, 'inner.json'))).toMatchObject({ ok: false })
    expect(readInputBytesSync('\u0000')).toMatchObject({ ok: false, error: { code: 'file-unreadable' } })
  })

  it.skipIf(process.platform === 'win32')('refuses a named pipe without waiting for a writer', async () => {
    const path = join(tempFolder(), 'pipe.json')
    execFileSync('mkfifo', [path])
    const result = readInputBytesSync(path)
    expect(result).toMatchObject({ ok: false, error: { code: 'file-unreadable' } })
    expect(result.ok ? '' : result.error.message).toContain('not a regular file')
  })

  it.skipIf(process.platform !== 'linux')('reads past a size the file system gets wrong, and still stops one byte over the limit', async () => {
    // /proc files say they are empty and are not: the buffer must grow, and the limit still holds.
    const whole = await expectSame('/proc/filesystems')
    expect(whole.ok && whole.value.bytes.length).toBeGreaterThan(100)
    const cut = await expectSame('/proc/filesystems', 50)
    expect(cut).toMatchObject({ ok: false, error: { code: 'file-too-large' } })
  })

  it.skipIf(process.platform === 'win32')('refuses a socket before opening it, as the app does', async () => {
    const path = join(tempFolder(), 'socket.json')
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(path, resolve))
    try {
      const result = await expectSame(path)
      expect(result.ok ? '' : result.error.message).toContain('not a regular file')
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

