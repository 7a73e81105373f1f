import { describe, expect, it, vi } from 'vitest'
import { createWizardStore } from '~renderer/store'
import type { WizardApi } from '~shared/ipc/api'
import { createFakeApi, errorResult, okResult, SAVED_ID, savedAssessment } from '~tests/renderer/support/fake-api'

const ENTRY = { id: SAVED_ID, name: 'Contoso AADC01', customer: 'Contoso', serverName: 'AADC01', asOf: null, createdAt: '2026-11-26T10:42:00.000Z', updatedAt: '2026-11-26T10:42:00.000Z', inputCount: 1 }
const DRAFT = { id: SAVED_ID, name: 'Renamed', customer: '', serverName: '', inputs: [], answers: {}, asOf: null, notes: '' }

/** A store whose API also answers the list, rename, delete, export, import and report calls. */
function setUp() {
  const fake = createFakeApi()
  const assessments = fake.api.assessments as unknown as Record<string, unknown>
  const calls = {
    list: vi.fn(async () => okResult({ entries: [ENTRY], problems: [{ fileName: 'x.json', code: 'not-json' as const, message: 'It is not JSON.' }] })),
    rename: vi.fn(async () => okResult(savedAssessment(DRAFT))),
    delete: vi.fn(async ({ id }: { id: string }) => okResult({ id })),
    export: vi.fn(async () => okResult({ status: 'saved' as const, fileName: 'bundle.json', count: 1 })),
    import: vi.fn(async () => okResult({ status: 'imported' as const, imported: [{ id: SAVED_ID, name: 'A' }], problems: [{ index: 1, name: 'B', message: 'it is of a newer version' }] })),
    reportExport: vi.fn(async () => okResult({ status: 'saved' as const, fileName: 'report.html' })),
  }
  Object.assign(assessments, { list: calls.list, rename: calls.rename, delete: calls.delete, export: calls.export, import: calls.import })
  Object.assign(fake.api as unknown as Record<string, unknown>, { report: { export: calls.reportExport } })
  return { fake, calls, store: createWizardStore({ api: fake.api as WizardApi }) }
}

describe('assessment list slice', () => {
  it('lists entries and the files that could not be read', async () => {
    const { store } = setUp()
    await store.getState().refreshAssessments()
    expect(store.getState().assessmentList?.entries).toEqual([ENTRY])
    expect(store.getState().assessmentList?.problems[0]).toMatchObject({ fileName: 'x.json', message: 'It is not JSON.' })
  })

  it('renames the open assessment in place, and forgets its id when it is deleted', async () => {
    const { store, calls } = setUp()
    store.setState({ assessment: { id: SAVED_ID, name: 'Old', customer: '', pairWith: '', notes: '' } })
    await store.getState().renameAssessment(SAVED_ID, 'Renamed')
    expect(store.getState().assessment.name).toBe('Renamed')
    expect(store.getState().listMessage).toEqual({ intent: 'success', text: 'Renamed to "Renamed".' })
    await store.getState().deleteAssessment(SAVED_ID)
    expect(calls.delete).toHaveBeenCalledWith({ id: SAVED_ID })
    expect(store.getState().assessment.id).toBeUndefined()
    expect(calls.list).toHaveBeenCalledTimes(2)
  })

  it('reports an export, an import with refused entries, and errors', async () => {
    const { store, calls } = setUp()
    await store.getState().exportAssessments([SAVED_ID])
    expect(store.getState().listMessage?.text).toBe('Exported 1 assessment to bundle.json.')
    await store.getState().importAssessments()
    expect(store.getState().listMessage?.text).toBe('Imported 1 assessment. Refused entry 2 ("B"): it is of a newer version')
    calls.export.mockResolvedValueOnce(errorResult('file-unwritable', 'the disk is full') as never)
    await store.getState().exportAssessments([SAVED_ID])
    expect(store.getState().listMessage).toEqual({ intent: 'error', text: 'the disk is full' })
  })
})

describe('report slice', () => {
  it('saves the assessment first, then exports its report as of the chosen date', async () => {
    const { store, calls, fake } = setUp()
    await store.getState().loadAppInfo()
    store.getState().setTypedFacts({ serverName: 'AADC01' })
    await store.getState().exportReport('html', true)
    expect(fake.saveAssessment).toHaveBeenCalled()
    expect(calls.reportExport).toHaveBeenCalledWith({ ids: [SAVED_ID], format: 'html', redact: true, asOf: '2026-11-26' })
    expect(store.getState().reportMessage).toEqual({ intent: 'success', text: 'Report saved as report.html.' })
  })

  it('asks main for a PDF and shows main’s reason when it could not be made', async () => {
    const { store, calls } = setUp()
    await store.getState().loadAppInfo()
    store.getState().setTypedFacts({ serverName: 'AADC01' })
    const reason = 'The PDF could not be made: printing took longer than 30 seconds. Try again, or export the HTML page and print it from a browser.'
    calls.reportExport.mockResolvedValueOnce(errorResult('print-failed', reason) as never)
    await store.getState().exportReport('pdf', false)
    expect(calls.reportExport).toHaveBeenCalledWith(expect.objectContaining({ format: 'pdf', redact: false }))
    expect(store.getState().reportMessage).toEqual({ intent: 'error', text: reason })
    expect(store.getState().isExportingReport).toBe(false)
  })

  it('says there is nothing to report before anything was entered', async () => {
    const { store, calls } = setUp()
    await store.getState().exportReport('csv', false)
    expect(calls.reportExport).not.toHaveBeenCalled()
    expect(store.getState().reportMessage?.text).toMatch(/nothing to report yet/)
  })
})
