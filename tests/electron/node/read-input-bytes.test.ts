import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_INPUT_BYTES } from '~shared/import/input-messages'
import { readAndImport } from '~tests/support/read-and-import'
import { useTempFolder } from '~tests/mocks/temp-folder'

const FIXTURES = new URL('../../fixtures/files/', import.meta.url)
const SAMPLE = { kind: 'entra-connect-install-details', schemaVersion: 1, server: { name: 'AADC01' }, connect: { version: '2.4.27.0' } }

const tempFolder = useTempFolder('read-details-')

afterEach(() => {
  vi.restoreAllMocks()
})

async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(tempFolder(), name)
  await fsp.writeFile(path, content)
  return path
}

async function expectFailure(path: string, code: string, ...fragments: string[]) {
  const result = await readAndImport(path)
  expect(result.ok).toBe(false)
  if (result.ok) {
    return
  }
  expect(result.error.code).toBe(code)
  for (const fragment of fragments) {
    expect(result.error.message).toContain(fragment)
  }
}

describe('reading and importing: text it reads', () => {
  it('reads the contract example (UTF-8 without BOM)', async () => {
    const result = await readAndImport(new URL('aadc01.json', FIXTURES).pathname)
    expect(result).toMatchObject({ ok: true, value: { fileName: 'aadc01.json', encoding: 'utf-8' } })
    expect(result.ok && result.value.details?.connect?.version).toBe('2.4.27.0')
  })

  it('reads UTF-8 with a BOM', async () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf])
    const path = await writeTemp('bom.json', Buffer.concat([bom, Buffer.from(JSON.stringify(SAMPLE))]))
    expect(await readAndImport(path)).toMatchObject({ ok: true, value: { encoding: 'utf-8-bom' } })
  })

  it('reads UTF-16LE with a BOM, as Windows PowerShell 5.1 Out-File writes it', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(SAMPLE, null, 2), 'utf16le')])
    const path = await writeTemp('utf16.json', bytes)
    const result = await readAndImport(path)
    expect(result).toMatchObject({ ok: true, value: { encoding: 'utf-16le', details: { server: { name: 'AADC01' } } } })
  })

  it('reads CRLF line endings', async () => {
    const path = await writeTemp('crlf.json', JSON.stringify(SAMPLE, null, 2).replace(/\n/g, '\r\n'))
    expect(await readAndImport(path)).toMatchObject({ ok: true, value: { fileName: 'crlf.json' } })
  })

  it('reads the UTF-16LE CRLF fixture', async () => {
    const result = await readAndImport(new URL('aadc02-utf16le.json', FIXTURES).pathname)
    expect(result).toMatchObject({ ok: true, value: { encoding: 'utf-16le', details: { server: { name: 'AADC02' } } } })
  })

  it('reads a file exactly at the size limit', async () => {
    const text = JSON.stringify(SAMPLE)
    const path = await writeTemp('limit.json', text)
    expect((await readAndImport(path, { maxBytes: Buffer.byteLength(text) })).ok).toBe(true)
  })
})

describe('reading and importing: size limit', () => {
  it('is 5 MiB', () => {
    expect(MAX_INPUT_BYTES).toBe(5 * 1024 * 1024)
  })

  it('refuses a 2 GB file at once, without reading it, naming its size and the limit', async () => {
    const path = join(tempFolder(), 'huge.json')
    await fsp.writeFile(path, '')
    await fsp.truncate(path, 2 * 1024 ** 3)
    const open = vi.spyOn(fsp, 'open')
    const readFile = vi.spyOn(fsp, 'readFile')
    const started = performance.now()
    await expectFailure(path, 'file-too-large', 'huge.json: ', '2 GB', '5 MB')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(open).not.toHaveBeenCalled()
    expect(readFile).not.toHaveBeenCalled()
    await fsp.rm(path)
  })

  it('refuses a file one byte over a smaller limit', async () => {
    const path = await writeTemp('over.json', JSON.stringify(SAMPLE))
    const result = await readAndImport(path, { maxBytes: 10 })
    expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } })
  })
})

describe('reading and importing: what it refuses', () => {
  it('refuses binary data', async () => {
    await expectFailure(new URL('binary.bin', FIXTURES).pathname, 'file-not-text', 'binary.bin: ', 'binary data', 'Choose the install-details')
  })

  it('refuses UTF-16 big-endian', async () => {
    const path = await writeTemp('be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{}', 'utf16le').swap16()]))
    await expectFailure(path, 'file-not-text', 'be.json: ', 'big-endian')
  })

  it('refuses truncated JSON, saying it looks truncated and to export again', async () => {
    await expectFailure(
      new URL('broken.json', FIXTURES).pathname,
      'invalid-json',
      'broken.json: the JSON ends early (the file looks truncated or empty). Export it again from the collector.',
    )
  })

  it('refuses an empty file as empty', async () => {
    await expectFailure(await writeTemp('empty.json', ''), 'invalid-document', 'empty.json: ', 'the file is empty (0 bytes)')
  })

  it('refuses text that is none of the accepted inputs', async () => {
    await expectFailure(await writeTemp('notes.txt', 'SyncCycleEnabled : True'), 'invalid-document', 'notes.txt: ', 'not a format the app reads')
  })

  it('refuses JSON that is not an object', async () => {
    await expectFailure(await writeTemp('array.json', '[1, 2]'), 'invalid-document', 'array.json: ', 'not an object')
  })

  it('refuses a document of another kind', async () => {
    await expectFailure(new URL('wrong-kind.json', FIXTURES).pathname, 'invalid-document', 'wrong-kind.json: "kind" is "entra-connect-assessment"', 'Choose')
  })

  it('refuses another schemaVersion', async () => {
    const path = await writeTemp('v2.json', JSON.stringify({ ...SAMPLE, schemaVersion: 2 }))
    await expectFailure(path, 'invalid-document', 'v2.json: "schemaVersion" is 2', 'reads schemaVersion 1')
  })

  it('refuses a file whose only fact is a malformed version, naming the field', async () => {
    const path = await writeTemp('short.json', JSON.stringify({ kind: SAMPLE.kind, schemaVersion: SAMPLE.schemaVersion, connect: { version: '2.4' } }))
    await expectFailure(path, 'invalid-document', 'short.json: ', 'connect.version', 'four-part version')
  })

  it('keeps the other facts of a file with a malformed version, with a note naming the field', async () => {
    const path = await writeTemp('short.json', JSON.stringify({ ...SAMPLE, connect: { version: '2.4' } }))
    const result = await readAndImport(path)
    expect(result.ok && result.value.details?.connect?.version).toBeUndefined()
    expect(result.ok && result.value.details?.server).toEqual(SAMPLE.server)
    expect(result.ok && result.value.notes).toEqual([expect.stringMatching(/^Entra Connect version: must be a four-part version .*\(field connect\.version\)$/)])
  })

  it('refuses a folder', async () => {
    await expectFailure(tempFolder(), 'file-unreadable', 'folder, not a file')
  })

  it('refuses a missing file', async () => {
    await expectFailure(join(tempFolder(), 'missing.json'), 'file-unreadable', 'missing.json: the file does not exist', 'Check the path')
  })

  it('refuses a path through a file as missing', async () => {
    const path = await writeTemp('plain.json', '{}')
    await expectFailure(join(path, 'inner.json'), 'file-unreadable', 'inner.json: the file does not exist')
  })

  it('refuses a file it may not read', async () => {
    const path = await writeTemp('secret.json', JSON.stringify(SAMPLE))
    vi.spyOn(fsp, 'open').mockRejectedValue(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
    await expectFailure(path, 'file-unreadable', 'secret.json: permission to read the file was denied')
  })

  it('never throws for a path that is not a path', async () => {
    await expect(readAndImport('\u0000')).resolves.toMatchObject({ ok: false, error: { code: 'file-unreadable' } })
  })
})
