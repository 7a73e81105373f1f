/**
 * The store over hostile files in its folder: a FIFO, a deeply nested file, a folder named like an
 * assessment. Each is listed as a problem; the good assessments are always listed; nothing hangs.
 * And the size limit counts bytes of UTF-8 on save and on load alike.
 */
import { execFileSync } from 'node:child_process'
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { useTempFolder } from '~tests/mocks/temp-folder'
import { smallDraft } from '~tests/support/assessment-drafts'

const tempFolder = useTempFolder('store-hostile-')
const isPosix = process.platform !== 'win32'
const ID = '00000000-0000-4000-8000-0000000000'

async function storeWithOne(name: string) {
  const folder = join(tempFolder(), name)
  await fsp.mkdir(folder)
  const store = createAssessmentStore({ folder })
  const saved = await store.save(smallDraft())
  if (!saved.ok) {
    throw new Error(saved.error.message)
  }
  return { folder, store, saved: saved.value }
}

describe('the assessment list over hostile files', () => {
  it.runIf(isPosix)('reports a FIFO named like an assessment without opening it, and lists the others', async () => {
    const { folder, store, saved } = await storeWithOne('fifo')
    execFileSync('mkfifo', [join(folder, `${ID}01.json`)])
    const list = await store.list()
    expect(list.entries.map((entry) => entry.id)).toEqual([saved.id])
    expect(list.problems).toEqual([{ fileName: `${ID}01.json`, code: 'unreadable', message: 'it is not a regular file (a device, pipe or socket); it was not opened' }])
    expect(await store.load(`${ID}01`)).toMatchObject({ ok: false, error: { code: 'unreadable-on-disk' } })
  })

  it('reports a file nested 20,000 levels deep, and lists the others', async () => {
    const { folder, store, saved } = await storeWithOne('deep')
    await fsp.writeFile(join(folder, `${ID}02.json`), `{"kind":"entra-connect-assessment","schemaVersion":${'['.repeat(20_000)}${']'.repeat(20_000)}}`)
    const list = await store.list()
    expect(list.entries.map((entry) => entry.id)).toEqual([saved.id])
    expect(list.problems).toEqual([expect.objectContaining({ fileName: `${ID}02.json`, code: 'invalid', message: expect.stringContaining('more than 64 levels deep') })])
  })

  it('reports a folder named like an assessment, and lists the others', async () => {
    const { folder, store, saved } = await storeWithOne('folder')
    await fsp.mkdir(join(folder, `${ID}03.json`))
    const list = await store.list()
    expect(list.entries.map((entry) => entry.id)).toEqual([saved.id])
    expect(list.problems).toEqual([{ fileName: `${ID}03.json`, code: 'unreadable', message: 'it is a folder, not a file' }])
  })
})

describe('the size limit, in bytes', () => {
  // 3 bytes of UTF-8 per character: under the limit counted in characters, over it in bytes.
  const euros = (count: number) => '€'.repeat(count)

  it('refuses a save whose UTF-8 is over the limit even when its characters are under it', async () => {
    const folder = join(tempFolder(), 'bytes')
    const limit = 20_000
    const store = createAssessmentStore({ folder, maxAssessmentBytes: limit })
    const result = await store.save(smallDraft({ notes: euros(limit / 2) }))
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('is too large to save') } })
  })

  it('opens again whatever it saved, right up to the limit', async () => {
    const folder = join(tempFolder(), 'round-trip')
    const limit = 20_000
    const store = createAssessmentStore({ folder, maxAssessmentBytes: limit })
    let saved: { id: string } | undefined
    for (let count = 6000; count > 0 && saved === undefined; count -= 100) {
      const result = await store.save(smallDraft({ notes: euros(count) }))
      saved = result.ok ? result.value : undefined
    }
    expect(saved).toBeDefined()
    const loaded = await store.load(saved?.id ?? '')
    expect(loaded.ok).toBe(true)
    expect((await fsp.stat(join(folder, `${saved?.id ?? ''}.json`))).size).toBeLessThanOrEqual(limit)
  })
})
