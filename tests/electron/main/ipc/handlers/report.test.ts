import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import { reportFileName } from '~electron/main/ipc/handlers/report'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { IPC_CONTRACT } from '~shared/ipc/contract'
import { fakeAssessment } from '~tests/mocks/assessment-store'
import { createFakeDeps, fakePdfBytes, TRUSTED_SENDER } from '~tests/mocks/main-deps'
import { useTempFolder } from '~tests/mocks/temp-folder'

const folder = useTempFolder('report-export-')

const DRAFT = {
  name: 'Contoso AADC01',
  customer: 'Contoso',
  serverName: 'AADC01',
  inputs: [{ source: 'typed in', format: 'typed' as const, facts: [{ path: 'server.name', value: 'AADC01' }, { path: 'connect.version', value: '2.4.18.0' }] }],
  answers: {},
  asOf: '2026-11-26',
  notes: '',
}

async function setUp(name: string, target: string | undefined, printToPdf = createFakeDeps().printToPdf) {
  const assessments = createAssessmentStore({ folder: join(folder(), name) })
  const saved = await assessments.save(DRAFT)
  if (!saved.ok) {
    throw new Error(saved.error.message)
  }
  const deps = { ...createFakeDeps(), assessments, showSaveDialog: vi.fn(async () => target), printToPdf }
  return { deps, id: saved.value.id, dispatch: (request: unknown) => createDispatcher(deps)('report:export', request, TRUSTED_SENDER) }
}

describe('report:export', () => {
  it('writes the HTML report of a saved assessment where main’s dialog says', async () => {
    const target = join(folder(), 'report.html')
    const { deps, id, dispatch } = await setUp('html', target)
    const response = await dispatch({ ids: [id], format: 'html', redact: false })
    expect(response).toEqual({ ok: true, value: { status: 'saved', fileName: 'report.html' } })
    expect(IPC_CONTRACT['report:export'].response.safeParse(response).success).toBe(true)
    const html = await fsp.readFile(target, 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('AADC01')
    expect(html).toMatch(/verdict-/)
    expect(deps.showSaveDialog).toHaveBeenCalledWith('readiness-AADC01-2026-11-26.html', expect.objectContaining({ title: 'Export the report' }))
  })

  it('replaces the names when asked to redact', async () => {
    const target = join(folder(), 'redacted.md')
    const { id, dispatch } = await setUp('redacted', target)
    await dispatch({ ids: [id], format: 'markdown', redact: true })
    const markdown = await fsp.readFile(target, 'utf8')
    expect(markdown).not.toContain('AADC01')
    expect(markdown).toContain('SERVER-1')
  })

  it('says which assessment is missing and shows no dialog', async () => {
    const { deps, dispatch } = await setUp('missing', join(folder(), 'never.html'))
    const response = await dispatch({ ids: ['00000000-0000-4000-8000-0000000000ff'], format: 'csv', redact: false })
    expect(response).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
  })

  it('refuses an unknown format', async () => {
    const { id, dispatch } = await setUp('format', undefined)
    expect(await dispatch({ ids: [id], format: 'docx', redact: false })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('names a fleet or redacted report without server names', () => {
    expect(reportFileName([fakeAssessment()], '2026-11-26', 'csv', true)).toBe('readiness-fleet-2026-11-26.csv')
    expect(reportFileName([fakeAssessment(), fakeAssessment()], '2026-11-26', 'json', false)).toBe('readiness-fleet-2026-11-26.json')
  })
})

describe('report:export as PDF', () => {
  it('prints the HTML report and writes the printed bytes, offering a .pdf file', async () => {
    const target = join(folder(), 'report.pdf')
    const { deps, id, dispatch } = await setUp('pdf', target)
    const response = await dispatch({ ids: [id], format: 'pdf', redact: false })
    expect(response).toEqual({ ok: true, value: { status: 'saved', fileName: 'report.pdf' } })
    const html = deps.printToPdf.mock.calls[0]?.[0] ?? ''
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('AADC01')
    expect(new Uint8Array(await fsp.readFile(target))).toEqual(fakePdfBytes(html))
    expect(deps.showSaveDialog).toHaveBeenCalledWith('readiness-AADC01-2026-11-26.pdf', {
      title: 'Export the report',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    })
  })

  it('prints the redacted HTML when asked to redact', async () => {
    const { deps, id, dispatch } = await setUp('pdf-redacted', join(folder(), 'redacted.pdf'))
    await dispatch({ ids: [id], format: 'pdf', redact: true })
    const html = deps.printToPdf.mock.calls[0]?.[0] ?? ''
    expect(html).not.toContain('AADC01')
    expect(html).toContain('SERVER-1')
    expect(deps.showSaveDialog).toHaveBeenCalledWith('readiness-fleet-2026-11-26.pdf', expect.anything())
  })

  it('answers a clear error and writes nothing when the printer fails', async () => {
    const target = join(folder(), 'failed.pdf')
    const failing = vi.fn(async (_html: string): Promise<Uint8Array> => Promise.reject(new Error('printing took longer than 30 seconds')))
    const { dispatch, id } = await setUp('pdf-failed', target, failing)
    const response = await dispatch({ ids: [id], format: 'pdf', redact: false })
    expect(response).toEqual({
      ok: false,
      error: { code: 'print-failed', message: 'The PDF could not be made: printing took longer than 30 seconds. Try again, or export the HTML page and print it from a browser.' },
    })
    expect(IPC_CONTRACT['report:export'].response.safeParse(response).success).toBe(true)
    await expect(fsp.access(target)).rejects.toMatchObject({ code: 'ENOENT' })
    expect((await fsp.readdir(folder())).filter((name) => name.includes('failed.pdf'))).toEqual([])
  })

  it('bounds a very long printer message', async () => {
    const failing = vi.fn(async (_html: string): Promise<Uint8Array> => Promise.reject(new Error('x'.repeat(20_000))))
    const { dispatch, id } = await setUp('pdf-long', join(folder(), 'long.pdf'), failing)
    const response = await dispatch({ ids: [id], format: 'pdf', redact: false })
    expect(IPC_CONTRACT['report:export'].response.safeParse(response).success).toBe(true)
    expect(JSON.stringify(response).length).toBeLessThan(1000)
  })

  it('prints nothing when the save dialog is canceled', async () => {
    const { deps, id, dispatch } = await setUp('pdf-canceled', undefined)
    expect(await dispatch({ ids: [id], format: 'pdf', redact: false })).toEqual({ ok: true, value: { status: 'canceled' } })
    expect(deps.printToPdf).not.toHaveBeenCalled()
  })

  it('says so when the PDF cannot be written', async () => {
    const target = join(folder(), 'no-such-folder', 'report.pdf')
    const { id, dispatch } = await setUp('pdf-unwritable', target)
    expect(await dispatch({ ids: [id], format: 'pdf', redact: false })).toMatchObject({ ok: false, error: { code: 'file-unwritable', message: /report\.pdf/ } })
  })
})
