import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { smallDraft } from '~tests/support/assessment-drafts'
import { useTempFolder } from '~tests/mocks/temp-folder'

const tempFolder = useTempFolder('bundles-')
let count = 0

async function freshFolder(): Promise<string> {
  count += 1
  const folder = join(tempFolder(), `f${count}`)
  await fsp.mkdir(folder)
  return folder
}

async function storeWithTwo() {
  const folder = await freshFolder()
  const store = createAssessmentStore({ folder, now: () => new Date('2026-11-26T12:00:00Z') })
  const first = await store.save(smallDraft({ name: 'Contoso AADC01' }))
  const second = await store.save(smallDraft({ name: 'Contoso AADC02', serverName: 'AADC02' }))
  if (!first.ok || !second.ok) {
    throw new Error('setup failed')
  }
  return { folder, store, ids: [first.value.id, second.value.id] }
}

describe('exporting a bundle', () => {
  it('writes the chosen assessments as one document of its own kind and schema version', async () => {
    const { store, ids } = await storeWithTwo()
    const path = join(await freshFolder(), 'contoso.readiness.json')
    expect(await store.exportBundle([...ids, ids[0] ?? ''], path)).toEqual({ ok: true, value: { count: 2 } })
    const bundle = JSON.parse(await fsp.readFile(path, 'utf8')) as Record<string, unknown>
    expect(bundle).toMatchObject({ kind: 'entra-connect-assessment-bundle', schemaVersion: 1, exportedAt: '2026-11-26T12:00:00.000Z' })
    expect((bundle.assessments as { id: string }[]).map((entry) => entry.id)).toEqual(ids)
  })

  it('refuses an empty selection and an unknown id, writing nothing', async () => {
    const { store } = await storeWithTwo()
    const path = join(await freshFolder(), 'none.json')
    expect(await store.exportBundle([], path)).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await store.exportBundle(['6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'], path)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    await expect(fsp.stat(path)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('says which file could not be written', async () => {
    const { store, ids } = await storeWithTwo()
    const result = await store.exportBundle(ids, join(tempFolder(), 'missing-folder', 'out.json'))
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/^Could not export to out\.json: .*ENOENT/) } })
  })
})

describe('importing a bundle', () => {
  it('round-trips into another folder with the same ids and content', async () => {
    const { store, ids } = await storeWithTwo()
    const path = join(await freshFolder(), 'bundle.json')
    await store.exportBundle(ids, path)
    const other = createAssessmentStore({ folder: await freshFolder() })
    expect(await other.importBundle(path)).toEqual({
      ok: true,
      value: { imported: [{ id: ids[0], name: 'Contoso AADC01' }, { id: ids[1], name: 'Contoso AADC02' }], problems: [] },
    })
    const [original, copy] = await Promise.all([store.load(ids[0] ?? ''), other.load(ids[0] ?? '')])
    expect(copy).toEqual(original)
  })

  it('gives new ids where an id is taken, and never replaces a saved assessment', async () => {
    const { store, ids, folder } = await storeWithTwo()
    const path = join(await freshFolder(), 'bundle.json')
    await store.exportBundle(ids, path)
    await store.rename(ids[0] ?? '', 'Changed after the export')
    const result = await store.importBundle(path)
    const imported = result.ok ? result.value.imported : []
    expect(imported.map((entry) => entry.previousId)).toEqual(ids)
    expect(imported.every((entry) => !ids.includes(entry.id))).toBe(true)
    expect((await fsp.readdir(folder)).length).toBe(4)
    expect(await store.load(ids[0] ?? '')).toMatchObject({ ok: true, value: { assessment: { name: 'Changed after the export' } } })
  })

  it('reports each bad entry by position and name, and imports the others', async () => {
    const { store, ids } = await storeWithTwo()
    const exported = join(await freshFolder(), 'bundle.json')
    await store.exportBundle(ids, exported)
    const bundle = JSON.parse(await fsp.readFile(exported, 'utf8')) as { assessments: Record<string, unknown>[] }
    const [good, second] = bundle.assessments
    bundle.assessments = [{ ...second, name: 'Broken', inputs: 'not a list' }, good ?? {}, { ...good, schemaVersion: 7 }, { ...good, id: good?.id }]
    const path = join(await freshFolder(), 'mixed.json')
    await fsp.writeFile(path, JSON.stringify(bundle))
    const result = await createAssessmentStore({ folder: await freshFolder() }).importBundle(path)
    expect(result).toMatchObject({
      ok: true,
      value: {
        imported: [{ id: ids[0] }, { name: 'Contoso AADC01', previousId: ids[0] }],
        problems: [
          { index: 0, name: 'Broken', message: expect.stringContaining('inputs') },
          { index: 2, name: 'Contoso AADC01', message: expect.stringContaining('newer version') },
        ],
      },
    })
  })

  it('imports a single saved assessment file as a bundle of one', async () => {
    const { folder, ids } = await storeWithTwo()
    const other = createAssessmentStore({ folder: await freshFolder() })
    const result = await other.importBundle(join(folder, `${ids[1]}.json`))
    expect(result).toMatchObject({ ok: true, value: { imported: [{ id: ids[1], name: 'Contoso AADC02' }], problems: [] } })
  })

  it.each([
    ['truncated.json', '{"kind":"entra-connect-assessment-bundle","schemaVersion":1,"assessments":[', /^truncated\.json: the JSON ends early/],
    ['details.json', '{"kind":"entra-connect-install-details","schemaVersion":1}', /^details\.json: "kind" is "entra-connect-install-details"; expected "entra-connect-assessment-bundle"/],
    ['newer.json', '{"kind":"entra-connect-assessment-bundle","schemaVersion":2,"assessments":[]}', /^newer\.json: it was saved by a newer version/],
    ['not-a-list.json', '{"kind":"entra-connect-assessment-bundle","schemaVersion":1,"assessments":{}}', /^not-a-list\.json: "assessments" is not a list/],
  ])('refuses %s as a whole, saying why', async (name, text, message) => {
    const path = join(await freshFolder(), name)
    await fsp.writeFile(path, text)
    const folder = await freshFolder()
    expect(await createAssessmentStore({ folder }).importBundle(path)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(message) } })
    expect(await fsp.readdir(folder)).toEqual([])
  })

  it('says when the file does not exist', async () => {
    const store = createAssessmentStore({ folder: await freshFolder() })
    expect(await store.importBundle(join(tempFolder(), 'nothing-here.json'))).toMatchObject({ ok: false, error: { code: 'not-found', message: 'nothing-here.json: the file does not exist.' } })
  })
})
