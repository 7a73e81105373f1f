import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { MAX_LOAD_MANY } from '~shared/ipc/assessment-schemas'
import { IPC_CONTRACT } from '~shared/ipc/contract'
import { createFakeDeps, TRUSTED_SENDER } from '~tests/mocks/main-deps'
import { useTempFolder } from '~tests/mocks/temp-folder'

const folder = useTempFolder('assessment-handlers-')

const DRAFT = {
  name: 'Contoso AADC01',
  customer: 'Contoso',
  serverName: 'AADC01',
  inputs: [{ source: 'typed in', format: 'typed' as const, facts: [{ path: 'syncEngine.version', value: '2.4.18.0' }] }],
  answers: { 'checklist:backup-taken': true },
  asOf: '2026-11-26',
  notes: 'first look',
}

/** A dispatcher over a real store in its own folder, with scripted dialogs. */
function setUp(name: string, dialogs: { save?: string; open?: string } = {}) {
  const storeFolder = join(folder(), name, 'assessments')
  const deps = {
    ...createFakeDeps(dialogs.open),
    showSaveDialog: vi.fn(async () => dialogs.save),
    assessments: createAssessmentStore({ folder: storeFolder }),
  }
  const dispatch = createDispatcher(deps)
  const call = async (channel: keyof typeof IPC_CONTRACT, request: unknown) => {
    const response = await dispatch(channel, request, TRUSTED_SENDER)
    expect(IPC_CONTRACT[channel].response.safeParse(response).success).toBe(true)
    return response as { ok: boolean; value: Record<string, unknown> & { id: string; entries: unknown[]; problems: unknown[] } }
  }
  return { deps, call, storeFolder }
}

describe('assessment channels', () => {
  it('saves, lists, loads, renames, duplicates and deletes', async () => {
    const { call } = setUp('crud')
    const saved = await call('assessments:save', DRAFT)
    expect(saved).toMatchObject({ ok: true, value: { name: 'Contoso AADC01', asOf: '2026-11-26' } })
    const id = saved.value.id as string
    expect(await call('assessments:load', { id })).toMatchObject({ ok: true, value: { assessment: { id, answers: { 'checklist:backup-taken': true } } } })
    expect(await call('assessments:rename', { id, name: 'AADC01 before upgrade' })).toMatchObject({ ok: true, value: { name: 'AADC01 before upgrade' } })
    const copy = await call('assessments:duplicate', { id })
    expect(copy).toMatchObject({ ok: true, value: { name: 'AADC01 before upgrade (copy)' } })
    const listed = await call('assessments:list', {})
    expect(listed.value.entries).toHaveLength(2)
    expect(await call('assessments:delete', { id })).toEqual({ ok: true, value: { id } })
    expect(await call('assessments:load', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('loads many in one request: each id once, in order, a missing one as its own error', async () => {
    const { call, storeFolder } = setUp('many')
    const first = (await call('assessments:save', DRAFT)).value.id as string
    const second = (await call('assessments:save', { ...DRAFT, name: 'Contoso AADC02', serverName: 'AADC02' })).value.id as string
    const corrupt = '00000000-0000-4000-8000-000000000abc'
    await fsp.writeFile(join(storeFolder, `${corrupt}.json`), '{ not json')
    const missing = '00000000-0000-4000-8000-000000000def'
    const answer = await call('assessments:load-many', { ids: [second, missing, first, second, corrupt] })
    expect(answer).toMatchObject({
      ok: true,
      value: {
        loaded: [
          { id: second, assessment: { id: second, serverName: 'AADC02' } },
          { id: missing, error: { code: 'not-found' } },
          { id: first, assessment: { id: first, serverName: 'AADC01' } },
          { id: corrupt, error: { code: 'file-unreadable' } },
        ],
      },
    })
    expect((answer.value.loaded as unknown[]).length).toBe(4)
    expect(await call('assessments:load-many', { ids: [] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await call('assessments:load-many', { ids: Array.from({ length: MAX_LOAD_MANY + 1 }, () => first) })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('refuses a path-like id before the store sees it', async () => {
    const { call } = setUp('ids')
    expect(await call('assessments:load', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('lists a corrupt file as a problem and leaves it alone', async () => {
    const { call, storeFolder } = setUp('corrupt')
    await fsp.mkdir(storeFolder, { recursive: true })
    const corrupt = join(storeFolder, '00000000-0000-4000-8000-00000000000a.json')
    await fsp.writeFile(corrupt, '{ not json')
    const listed = await call('assessments:list', {})
    expect(listed.value.problems).toEqual([expect.objectContaining({ fileName: '00000000-0000-4000-8000-00000000000a.json', code: 'not-json' })])
    expect(await fsp.readFile(corrupt, 'utf8')).toBe('{ not json')
  })

  it('exports to the path chosen in main’s save dialog and imports it back', async () => {
    const target = join(folder(), 'bundle.json')
    const { call, deps } = setUp('export', { save: target, open: target })
    const saved = await call('assessments:save', DRAFT)
    const exported = await call('assessments:export', { ids: [saved.value.id] })
    expect(exported).toEqual({ ok: true, value: { status: 'saved', fileName: 'bundle.json', count: 1 } })
    expect(deps.showSaveDialog).toHaveBeenCalledWith('assessment-2026-11-26.json', expect.objectContaining({ title: 'Export assessments' }))
    expect(JSON.parse(await fsp.readFile(target, 'utf8'))).toMatchObject({ kind: 'entra-connect-assessment-bundle' })
    const imported = await call('assessments:import', {})
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported', imported: [{ name: 'Contoso AADC01', previousId: saved.value.id }], problems: [] } })
  })

  it('answers canceled when a dialog is canceled', async () => {
    const { call } = setUp('cancel')
    const saved = await call('assessments:save', DRAFT)
    expect(await call('assessments:export', { ids: [saved.value.id] })).toEqual({ ok: true, value: { status: 'canceled' } })
    expect(await call('assessments:import', {})).toEqual({ ok: true, value: { status: 'canceled' } })
  })
})
