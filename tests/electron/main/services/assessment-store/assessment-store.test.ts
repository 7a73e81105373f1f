import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAssessmentStore, type AssessmentStoreOptions } from '~electron/main/services/assessment-store/assessment-store'
import type { Assessment } from '~shared/assessments/assessment'
import { smallDraft } from '~tests/support/assessment-drafts'
import { useTempFolder } from '~tests/mocks/temp-folder'

const tempFolder = useTempFolder('store-')
let folderCount = 0

/** A store over a fresh folder, with a clock that ticks one second per call. */
async function freshStore(options: Partial<AssessmentStoreOptions> = {}) {
  folderCount += 1
  const folder = join(tempFolder(), `f${folderCount}`)
  await fsp.mkdir(folder)
  let tick = 0
  const now = () => new Date(Date.UTC(2026, 10, 26, 10, 0, tick++))
  return { folder, store: createAssessmentStore({ folder, now, ...options }) }
}

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) {
    throw new Error(result.error.message)
  }
  return result.value
}

const V0_ID = '9b2e7c1a-4f3d-4e5a-8b6c-1d2e3f4a5b6c'
const V0_DOCUMENT = {
  kind: 'entra-connect-assessment',
  schemaVersion: 0,
  id: V0_ID,
  title: 'Old prototype file',
  details: { kind: 'entra-connect-install-details', schemaVersion: 1, server: { name: 'AADC09' }, connect: { version: '2.3.20.0' } },
  detailsSource: 'AADC09.json',
  savedAt: '2025-06-01T08:00:00.000Z',
}

describe('AssessmentStore: round trips', () => {
  it('saves a new assessment with a random id and loads it back equal', async () => {
    const { folder, store } = await freshStore()
    const saved = valueOf(await store.save(smallDraft()))
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(saved).toMatchObject({ kind: 'entra-connect-assessment', schemaVersion: 2, ...smallDraft(), createdAt: '2026-11-26T10:00:00.000Z' })
    expect(valueOf(await store.load(saved.id))).toEqual({ assessment: saved })
    expect(await fsp.readdir(folder)).toEqual([`${saved.id}.json`])
  })

  it('updates in place: same id, createdAt kept, updatedAt moved on', async () => {
    const { store } = await freshStore()
    const first = valueOf(await store.save(smallDraft()))
    const second = valueOf(await store.save({ ...smallDraft({ notes: 'Second visit.' }), id: first.id }))
    expect(second).toMatchObject({ id: first.id, notes: 'Second visit.', createdAt: first.createdAt })
    expect(second.updatedAt > first.updatedAt).toBe(true)
    expect((await store.list()).entries).toHaveLength(1)
  })

  it('keeps fields a newer build of the same schema version added', async () => {
    const { folder, store } = await freshStore()
    const saved = valueOf(await store.save(smallDraft()))
    const path = join(folder, `${saved.id}.json`)
    await fsp.writeFile(path, JSON.stringify({ ...saved, futureField: { kept: true } }))
    valueOf(await store.save({ ...smallDraft({ name: 'Renamed' }), id: saved.id }))
    expect(JSON.parse(await fsp.readFile(path, 'utf8'))).toMatchObject({ name: 'Renamed', futureField: { kept: true } })
  })

  it('lists summaries, most recently changed first', async () => {
    const { store } = await freshStore()
    const older = valueOf(await store.save(smallDraft({ name: 'Older' })))
    const newer = valueOf(await store.save(smallDraft({ name: 'Newer' })))
    const { entries, problems } = await store.list()
    expect(problems).toEqual([])
    expect(entries.map((entry) => entry.id)).toEqual([newer.id, older.id])
    expect(entries[0]).toEqual({
      id: newer.id,
      name: 'Newer',
      customer: 'Contoso',
      serverName: 'AADC01',
      asOf: '2026-11-26',
      createdAt: newer.createdAt,
      updatedAt: newer.updatedAt,
      inputCount: 1,
      version: '2.4.27.0',
      verdict: 'critical',
      verdictAsOf: '2026-11-26',
    })
  })

  it('renames, duplicates and deletes', async () => {
    const { store } = await freshStore()
    const saved = valueOf(await store.save(smallDraft()))
    const renamed = valueOf(await store.rename(saved.id, 'Contoso primary'))
    expect(renamed).toMatchObject({ id: saved.id, name: 'Contoso primary', inputs: saved.inputs })
    const copy = valueOf(await store.duplicate(saved.id))
    expect(copy).toMatchObject({ name: 'Contoso primary (copy)', inputs: saved.inputs, answers: saved.answers })
    expect(copy.id).not.toBe(saved.id)
    expect(valueOf(await store.delete(saved.id))).toEqual({ id: saved.id })
    expect((await store.list()).entries.map((entry) => entry.id)).toEqual([copy.id])
    expect(await store.load(saved.id)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('refuses an invalid draft or name without writing anything', async () => {
    const { folder, store } = await freshStore()
    expect(await store.save(smallDraft({ name: '   ' }))).toMatchObject({ ok: false, error: { code: 'invalid' } })
    const saved = valueOf(await store.save(smallDraft()))
    expect(await store.rename(saved.id, '')).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await fsp.readdir(folder)).toEqual([`${saved.id}.json`])
    expect(valueOf(await store.load(saved.id)).assessment.name).toBe('Contoso AADC01')
  })

  it.each(['../../etc/passwd', 'NOT-A-UUID', '0F8FAD5B-D9CB-469F-A165-70867728950E'])('answers not-found for the id %s', async (id) => {
    const { store } = await freshStore()
    expect(await store.load(id)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await store.delete(id)).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('lists nothing (and no problem) when the folder does not exist yet, and creates it on the first save', async () => {
    const store = createAssessmentStore({ folder: join(tempFolder(), 'not-yet', 'assessments') })
    expect(await store.list()).toEqual({ entries: [], problems: [] })
    expect((await store.save(smallDraft())).ok).toBe(true)
    expect((await store.list()).entries).toHaveLength(1)
  })
})

describe('AssessmentStore: older files', () => {
  it('lists and loads a schemaVersion 0 file migrated, without rewriting it until it is saved', async () => {
    const { folder, store } = await freshStore()
    const path = join(folder, `${V0_ID}.json`)
    const original = JSON.stringify(V0_DOCUMENT)
    await fsp.writeFile(path, original)
    expect((await store.list()).entries).toEqual([expect.objectContaining({ id: V0_ID, name: 'Old prototype file', serverName: 'AADC09', migratedFrom: 0 })])
    const loaded = valueOf(await store.load(V0_ID))
    expect(loaded.migratedFrom).toBe(0)
    expect(await fsp.readFile(path, 'utf8')).toBe(original)

    const { kind: _kind, schemaVersion: _version, id, createdAt: _created, updatedAt: _updated, ...draft } = loaded.assessment
    valueOf(await store.save({ ...draft, id }))
    expect(JSON.parse(await fsp.readFile(path, 'utf8'))).toMatchObject({ schemaVersion: 2, name: 'Old prototype file', createdAt: V0_DOCUMENT.savedAt })
  })
})

describe('AssessmentStore: files it cannot read', () => {
  const NEWER_ID = '1c9a3e5f-7b2d-4c8e-9a1f-3b5d7e9f1a2c'
  const CORRUPT_ID = '2d8b4f6a-8c3e-4d9f-8b2a-4c6e8f0a2b3d'

  async function folderWithBadFiles() {
    const fresh = await freshStore()
    const good = valueOf(await fresh.store.save(smallDraft()))
    const goodText = await fsp.readFile(join(fresh.folder, `${good.id}.json`), 'utf8')
    const files: Record<string, string> = {
      [`${CORRUPT_ID}.json`]: goodText.slice(0, goodText.length / 2),
      [`${NEWER_ID}.json`]: JSON.stringify({ ...good, id: NEWER_ID, schemaVersion: 3, somethingNew: [1, 2] }),
      'wrong-kind.json': JSON.stringify({ kind: 'entra-connect-install-details', schemaVersion: 1 }),
      'bad-fields.json': JSON.stringify({ ...good, name: '' }),
      'renamed-copy.json': goodText,
    }
    for (const [name, text] of Object.entries(files)) {
      await fsp.writeFile(join(fresh.folder, name), text)
    }
    return { ...fresh, good, files }
  }

  async function expectUntouched(folder: string, files: Record<string, string>): Promise<void> {
    for (const [name, text] of Object.entries(files)) {
      expect(await fsp.readFile(join(folder, name), 'utf8')).toBe(text)
    }
  }

  it('reports each with its file name and reason, and still lists the others', async () => {
    const { store, good } = await folderWithBadFiles()
    const { entries, problems } = await store.list()
    expect(entries.map((entry) => entry.id)).toEqual([good.id])
    expect(problems).toEqual([
      { fileName: `${NEWER_ID}.json`, code: 'newer-version', message: expect.stringContaining('newer version of the app (schemaVersion 3') },
      { fileName: `${CORRUPT_ID}.json`, code: 'not-json', message: expect.stringContaining('truncated') },
      { fileName: 'bad-fields.json', code: 'invalid', message: expect.stringContaining('name') },
      { fileName: 'renamed-copy.json', code: 'id-mismatch', message: expect.stringContaining('does not match its file name') },
      { fileName: 'wrong-kind.json', code: 'wrong-kind', message: expect.stringContaining('"entra-connect-install-details"') },
    ])
  })

  it('leaves them byte for byte as they were after list, load, save, rename, duplicate and delete attempts', async () => {
    const { folder, store, files } = await folderWithBadFiles()
    await store.list()
    for (const id of [CORRUPT_ID, NEWER_ID]) {
      expect(await store.load(id)).toMatchObject({ ok: false, error: { code: 'unreadable-on-disk' } })
      expect(await store.save({ ...smallDraft(), id })).toMatchObject({ ok: false, error: { code: 'unreadable-on-disk' } })
      expect(await store.rename(id, 'x')).toMatchObject({ ok: false, error: { code: 'unreadable-on-disk' } })
      expect(await store.duplicate(id)).toMatchObject({ ok: false, error: { code: 'unreadable-on-disk' } })
      expect(await store.delete(id)).toMatchObject({ ok: false, error: { code: 'unreadable-on-disk' } })
    }
    await expectUntouched(folder, files)
  })

  it('says in the refusal which file it is and that nothing was changed', async () => {
    const { store } = await folderWithBadFiles()
    const result = await store.save({ ...smallDraft(), id: NEWER_ID })
    expect(!result.ok && result.error.message).toMatch(new RegExp(`^${NEWER_ID}\\.json: .*newer version.*nothing was changed\\.$`))
  })
})

describe('AssessmentStore: concurrent saves in one process', () => {
  it('runs saves of one assessment one at a time, in order: the last one wins and none fails', async () => {
    const { folder, store } = await freshStore()
    const first = valueOf(await store.save(smallDraft()))
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => store.save({ ...smallDraft({ notes: `edit ${index}` }), id: first.id })))
    expect(results.every((result) => result.ok)).toBe(true)
    const updates = results.map((result) => (result.ok ? result.value.updatedAt : ''))
    expect([...updates].sort()).toEqual(updates)
    expect(valueOf(await store.load(first.id)).assessment.notes).toBe('edit 19')
    expect(await fsp.readdir(folder)).toEqual([`${first.id}.json`])
  })

  it('does not lose a rename that races with saves', async () => {
    const { store } = await freshStore()
    const first = valueOf(await store.save(smallDraft()))
    const [, renamed] = await Promise.all([
      store.save({ ...smallDraft({ notes: 'a' }), id: first.id }),
      store.rename(first.id, 'Renamed while saving'),
      store.duplicate(first.id),
    ])
    expect(renamed).toMatchObject({ ok: true, value: { name: 'Renamed while saving', notes: 'a' } })
    const names = (await store.list()).entries.map((entry) => entry.name).sort()
    expect(names).toHaveLength(2)
    expect(names[0]).toMatch(/ \(copy\)$/)
  })

  it('saves different assessments side by side', async () => {
    const { store } = await freshStore()
    const saved = await Promise.all(Array.from({ length: 10 }, (_, index) => store.save(smallDraft({ name: `Server ${index}` }))))
    const ids = saved.map((result) => (result.ok ? result.value.id : ''))
    expect(new Set(ids).size).toBe(10)
    expect((await store.list()).entries).toHaveLength(10)
  })
})

describe('AssessmentStore: what it keeps of an assessment', () => {
  it('keeps inputs with their sources, typed and answered facts, and open answers exactly', async () => {
    const { store } = await freshStore()
    const inputs: Assessment['inputs'] = [
      ...smallDraft().inputs,
      { source: 'Get-ADSyncScheduler.txt', format: 'get-adsyncscheduler', facts: [{ path: 'connect.syncCycleEnabled', value: false, line: 8 }], notes: ['SchedulerSuspended was not read'] },
      { source: 'typed in', format: 'typed', facts: [{ path: 'connect.cloud', value: 'gcc' }] },
      { source: 'Cloud Sync step', format: 'answered', facts: [{ path: 'connect.features.groupWriteback', value: null }] },
    ]
    const saved = valueOf(await store.save(smallDraft({ inputs, pairWith: 'AADC02' })))
    expect(valueOf(await store.load(saved.id)).assessment).toMatchObject({ inputs, pairWith: 'AADC02', answers: smallDraft().answers })
  })
})
