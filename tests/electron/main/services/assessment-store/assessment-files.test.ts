import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listAssessmentFiles, MAX_ASSESSMENT_BYTES, readAssessmentFile } from '~electron/main/services/assessment-store/assessment-files'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { NODE_STORE_FS, type StoreFs } from '~electron/main/services/assessment-store/store-fs'
import { useTempFolder } from '~tests/mocks/temp-folder'

const tempFolder = useTempFolder('assessment-files-')

describe('readAssessmentFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const name = 'huge.json'
    await fsp.writeFile(join(tempFolder(), name), '')
    await fsp.truncate(join(tempFolder(), name), MAX_ASSESSMENT_BYTES + 1)
    expect(await readAssessmentFile(NODE_STORE_FS, tempFolder(), name)).toEqual({
      kind: 'problem',
      problem: { fileName: name, code: 'too-large', message: 'the file is 32 MB, over the 32 MB limit' },
    })
  })

  it('reports a file it cannot read, and tells a missing file apart', async () => {
    await fsp.mkdir(join(tempFolder(), 'a-folder.json'))
    expect(await readAssessmentFile(NODE_STORE_FS, tempFolder(), 'a-folder.json')).toMatchObject({ kind: 'problem', problem: { code: 'unreadable', message: 'it is a folder, not a file' } })
    expect(await readAssessmentFile(NODE_STORE_FS, tempFolder(), 'nothing.json')).toEqual({ kind: 'missing' })
  })
})

describe('listAssessmentFiles', () => {
  it('lists only visible .json files: temporary files and other files are not looked at', async () => {
    const folder = await fsp.mkdtemp(join(tempFolder(), 'list-'))
    await fsp.writeFile(join(folder, '.a.json.123.0123456789ab.tmp'), '{')
    await fsp.writeFile(join(folder, 'notes.txt'), 'x')
    await fsp.writeFile(join(folder, 'broken.json'), '{')
    expect(await listAssessmentFiles(NODE_STORE_FS, folder)).toEqual({ entries: [], problems: [expect.objectContaining({ fileName: 'broken.json', code: 'not-json' })] })
  })
})

describe('the store keeps what it read while a file is unchanged', () => {
  /** The real file system, counting the reads of file contents. */
  function countingFs(): { readonly fs: StoreFs; readonly reads: () => number } {
    let count = 0
    const fs: StoreFs = {
      ...NODE_STORE_FS,
      open: async (...args: Parameters<StoreFs['open']>) => {
        const handle = await NODE_STORE_FS.open(...args)
        const read = handle.read.bind(handle) as (...readArgs: unknown[]) => ReturnType<typeof handle.read>
        return Object.assign(handle, {
          read: (...readArgs: unknown[]) => {
            count += 1
            return read(...readArgs)
          },
        })
      },
    }
    return { fs, reads: () => count }
  }
  const draft = { name: 'AADC01', customer: 'Contoso', serverName: 'AADC01', inputs: [], answers: {}, asOf: null, notes: '' }

  it('reads an unchanged file once for the list and the load, and again once it changed', async () => {
    const folder = await fsp.mkdtemp(join(tempFolder(), 'kept-'))
    const counting = countingFs()
    const store = createAssessmentStore({ folder, fs: counting.fs })
    const saved = await store.save(draft)
    if (!saved.ok) {
      throw new Error(saved.error.message)
    }
    const before = counting.reads()
    const listed = await store.list()
    const afterList = counting.reads()
    const loaded = await store.load(saved.value.id)
    expect(listed.entries.map((entry) => entry.id)).toEqual([saved.value.id])
    expect(afterList).toBeGreaterThan(before)
    expect(counting.reads()).toBe(afterList)
    expect(loaded.ok && loaded.value.assessment).toEqual(saved.value)

    // Written behind the store's back with the same length: a new version, read again.
    const path = join(folder, `${saved.value.id}.json`)
    const text = await fsp.readFile(path, 'utf8')
    await fsp.writeFile(path, text.replace('"Contoso"', '"Fabrik"'))
    const changed = await store.load(saved.value.id)
    expect(counting.reads()).toBeGreaterThan(afterList)
    expect(changed.ok && changed.value.assessment.customer).toBe('Fabrik')
  })

  it('lists an unchanged file with the entry it gave before, and a changed one with a new entry', async () => {
    const folder = await fsp.mkdtemp(join(tempFolder(), 'entries-'))
    const store = createAssessmentStore({ folder })
    const facts = [{ path: 'connect.version', value: '2.4.27.0' }]
    const saved = await store.save({ ...draft, inputs: [{ source: 'AADC01.json', format: 'install-details-json', facts }] })
    if (!saved.ok) {
      throw new Error(saved.error.message)
    }
    const [first] = (await store.list()).entries
    const [again] = (await store.list()).entries
    // The same object: its glance (the inputs merged and assessed) is not worked out again.
    expect(again).toBe(first)
    expect(first).toMatchObject({ id: saved.value.id, version: '2.4.27.0', customer: 'Contoso' })

    const path = join(folder, `${saved.value.id}.json`)
    const text = await fsp.readFile(path, 'utf8')
    await fsp.writeFile(path, text.replace('"2.4.27.0"', '"2.5.79.0"'))
    const [changed] = (await store.list()).entries
    expect(changed).not.toBe(first)
    expect(changed).toMatchObject({ id: saved.value.id, version: '2.5.79.0' })
  })

  it('keeps no problem: a broken file that is fixed is read and found', async () => {
    const folder = await fsp.mkdtemp(join(tempFolder(), 'fixed-'))
    const store = createAssessmentStore({ folder })
    const saved = await store.save(draft)
    if (!saved.ok) {
      throw new Error(saved.error.message)
    }
    const path = join(folder, `${saved.value.id}.json`)
    const text = await fsp.readFile(path, 'utf8')
    await fsp.writeFile(path, '{')
    expect((await store.list()).problems).toEqual([expect.objectContaining({ code: 'not-json' })])
    await fsp.writeFile(path, text)
    expect((await store.list()).entries.map((entry) => entry.id)).toEqual([saved.value.id])
    await fsp.rm(path)
    expect(await store.load(saved.value.id)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
