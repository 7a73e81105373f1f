import { describe, expect, it, vi } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { provideChecks } from '~renderer/store/checks'
import { DETAILS_CHECKS } from '~renderer/store/checks-module'
import { selectFleetMatrix, selectRepeatQuestions, selectVisibleFleetRows } from '~renderer/store/fleet-selectors'
import { assessmentDraftSchema, type Assessment } from '~shared/assessments/assessment'
import { MAX_LOAD_MANY, type AssessmentListValue, type AssessmentSummaryValue } from '~shared/ipc/assessment-schemas'
import type { Result } from '~shared/ipc/result'
import { smallDraft } from '~tests/support/assessment-drafts'
import { createFakeApi, errorResult, okResult, savedAssessment } from '~tests/renderer/support/fake-api'

const AT = '2026-11-26T10:00:00.000Z'

function idOf(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`
}

/** A saved assessment of server `serverName` on `version`. */
function saved(index: number, serverName: string, version: string, extra: Partial<Assessment> = {}): Assessment {
  const draft = smallDraft({
    id: idOf(index),
    name: `${serverName} visit`,
    serverName,
    customer: 'Contoso',
    inputs: [{ source: `${serverName}.json`, format: 'install-details-json', facts: [{ path: 'server.name', value: serverName }, { path: 'connect.version', value: version }, { path: 'connect.stagingModeEnabled', value: false }] }],
  })
  return { ...savedAssessment(draft, AT), ...extra }
}

function summaryOf(assessment: Assessment): AssessmentSummaryValue {
  return { id: assessment.id, name: assessment.name, customer: assessment.customer, serverName: assessment.serverName, asOf: assessment.asOf, createdAt: assessment.createdAt, updatedAt: assessment.updatedAt, inputCount: assessment.inputs.length }
}

/** A store over a fake API whose list answers `assessments` (plus `problems`) and whose load finds them by id. */
function setUp(assessments: Assessment[], problems: AssessmentListValue['problems'] = []) {
  const fake = createFakeApi()
  const byId = new Map(assessments.map((assessment) => [assessment.id, assessment]))
  const list = vi.fn(async (): Promise<Result<AssessmentListValue>> => okResult({ entries: [...byId.values()].map(summaryOf), problems }))
  fake.loadAssessment.mockImplementation(async ({ id }) => {
    const assessment = byId.get(id)
    return assessment === undefined ? errorResult('not-found', 'There is no such assessment.') : okResult({ assessment })
  })
  const reportExport = vi.fn(async (_request: unknown) => okResult({ status: 'saved' as const, fileName: 'readiness-fleet-2026-11-26.html' }))
  Object.assign(fake.api.assessments as unknown as Record<string, unknown>, { list })
  Object.assign(fake.api as unknown as Record<string, unknown>, { report: { export: reportExport } })
  const store = createWizardStore({ api: fake.api })
  store.setState({ asOf: '2026-11-26' })
  return { fake, store, byId, list, reportExport }
}

const THREE = () => [saved(1, 'AADC02', '2.6.3.0'), saved(2, 'AADC01', '2.4.27.0'), saved(3, 'FAB01', '2.6.92.0', { customer: 'Fabrikam' })]

describe('fleet slice: loading', () => {
  it('stops a load a newer one overtakes, keeps what it loaded, and keeps the same array when nothing changed', async () => {
    const many = Array.from({ length: 40 }, (_, index) => saved(index + 1, `AADC${index + 10}`, '2.4.27.0'))
    const { store, fake, byId } = setUp(many)
    fake.loadAssessment.mockImplementation(async ({ id }) => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      return okResult({ assessment: byId.get(id) as Assessment })
    })
    const first = store.getState().loadFleet()
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = store.getState().loadFleet()
    await Promise.all([first, second])
    // Every assessment was asked for about once: the first load stopped, the second reused what it had.
    expect(fake.loadAssessment.mock.calls.length).toBeLessThan(40 + 8)
    const loaded = store.getState().fleetAssessments
    expect(loaded).toHaveLength(40)
    await store.getState().loadFleet()
    expect(store.getState().fleetAssessments).toBe(loaded)
    expect(fake.loadAssessment.mock.calls.length).toBeLessThan(40 + 8)
  })

  it('loads every listed assessment and shows them most urgent first', async () => {
    const { store } = setUp(THREE())
    await store.getState().loadFleet()
    expect(store.getState().fleetAssessments?.map((assessment) => assessment.serverName)).toEqual(['AADC02', 'AADC01', 'FAB01'])
    expect(selectFleetMatrix(store.getState())?.rows.map((row) => [row.title, row.verdict])).toEqual([
      ['AADC01', 'critical'],
      ['AADC02', 'action-required'],
      ['FAB01', expect.any(String)],
    ])
    expect(store.getState().fleetLoading).toBeUndefined()
  })

  it('asks main in batches of at most MAX_LOAD_MANY, at most two requests in flight', async () => {
    const many = Array.from({ length: MAX_LOAD_MANY * 2 + 50 }, (_, index) => saved(index + 1, `AADC${index + 10}`, '2.4.27.0'))
    const { store, fake, byId } = setUp(many)
    let inFlight = 0
    let most = 0
    fake.loadManyAssessments.mockImplementation(async ({ ids }) => {
      inFlight += 1
      most = Math.max(most, inFlight)
      await new Promise((resolve) => setTimeout(resolve, 2))
      inFlight -= 1
      return okResult({ loaded: ids.map((id) => ({ id, assessment: byId.get(id) as Assessment })) })
    })
    await store.getState().loadFleet()
    expect(most).toBe(2)
    expect(fake.loadManyAssessments.mock.calls.map(([request]) => request.ids.length)).toEqual([MAX_LOAD_MANY, MAX_LOAD_MANY, 50])
    expect(store.getState().fleetAssessments).toHaveLength(many.length)
    expect(fake.loadAssessment).not.toHaveBeenCalled()
  })

  it('lists an assessment that fails to load, and an unreadable file, as problems naming them; the others still show', async () => {
    const { store, fake } = setUp(THREE(), [{ fileName: 'broken.json', code: 'not-json', message: 'It is not JSON.' }])
    fake.loadAssessment
      .mockImplementationOnce(async () => errorResult('invalid-document', 'it is of a newer version'))
      .mockImplementationOnce(async () => errorResult('file-unreadable', 'the file could not be read (EACCES)'))
    await store.getState().loadFleet()
    expect(store.getState().fleetAssessments?.map((assessment) => assessment.serverName)).toEqual(['FAB01'])
    expect(store.getState().fleetProblems).toEqual([
      { name: 'broken.json', message: 'broken.json: It is not JSON.' },
      { name: 'AADC02 visit', message: '"AADC02 visit" could not be loaded: it is of a newer version' },
      { name: 'AADC01 visit', message: '"AADC01 visit" could not be loaded: the file could not be read (EACCES)' },
    ])
  })

  it('lists every assessment of a request that fails as a whole, or that main left out, with the reason', async () => {
    const { store, fake } = setUp(THREE())
    fake.loadManyAssessments.mockImplementationOnce(async () => {
      throw new Error('the window is closing')
    })
    await store.getState().loadFleet()
    expect(store.getState().fleetAssessments).toEqual([])
    expect(store.getState().fleetProblems.map((problem) => problem.message)).toEqual([
      '"AADC02 visit" could not be loaded: the window is closing',
      '"AADC01 visit" could not be loaded: the window is closing',
      '"FAB01 visit" could not be loaded: the window is closing',
    ])
    fake.loadManyAssessments.mockImplementationOnce(async () => okResult({ loaded: [] }))
    await store.getState().loadFleet()
    expect(store.getState().fleetProblems.map((problem) => problem.message)).toEqual([
      '"AADC02 visit" could not be loaded: main did not answer for it',
      '"AADC01 visit" could not be loaded: main did not answer for it',
      '"FAB01 visit" could not be loaded: main did not answer for it',
    ])
  })

  it('says so when the list itself fails', async () => {
    const { store, list } = setUp(THREE())
    list.mockResolvedValueOnce(errorResult('file-unreadable', 'the folder cannot be read'))
    await store.getState().loadFleet()
    expect(store.getState().fleetAssessments).toEqual([])
    expect(store.getState().fleetProblems[0]?.message).toBe('The saved assessments could not be listed: the folder cannot be read')
  })

  it('drops the results of a load overtaken by a newer one', async () => {
    const { store, fake, byId, list } = setUp(THREE())
    const old = saved(1, 'OLDNAME', '2.5.79.0')
    let release: () => void = () => undefined
    fake.loadAssessment.mockImplementationOnce(async () => {
      await new Promise<void>((resolve) => (release = resolve))
      return okResult({ assessment: old })
    })
    const first = store.getState().loadFleet()
    await vi.waitFor(() => expect(fake.loadAssessment).toHaveBeenCalledTimes(3))
    // Changed since the first load asked: the newer load asks again rather than wait for that answer.
    const changed = { ...(byId.get(idOf(1)) as Assessment), updatedAt: '2026-11-26T11:00:00.000Z' }
    byId.set(idOf(1), changed)
    list.mockResolvedValueOnce(okResult({ entries: [summaryOf(changed)], problems: [] }))
    await store.getState().loadFleet()
    release()
    await first
    expect(store.getState().fleetAssessments?.map((assessment) => assessment.serverName)).toEqual(['AADC02'])
  })

  it('waits for the answers a load still in flight will give rather than asking for them again', async () => {
    const { store, fake } = setUp(THREE())
    const first = store.getState().loadFleet()
    const second = store.getState().loadFleet()
    await Promise.all([first, second])
    expect(fake.loadAssessment).toHaveBeenCalledTimes(3)
    expect(store.getState().fleetAssessments).toHaveLength(3)
  })

  it('loads again only the assessments that changed since the last load', async () => {
    const { store, fake, byId } = setUp(THREE())
    await store.getState().loadFleet()
    byId.set(idOf(2), { ...(byId.get(idOf(2)) as Assessment), serverName: 'AADC01-NEW', updatedAt: '2026-11-26T11:00:00.000Z' })
    fake.loadAssessment.mockClear()
    await store.getState().loadFleet()
    expect(fake.loadAssessment.mock.calls.map(([request]) => request.id)).toEqual([idOf(2)])
    expect(store.getState().fleetAssessments?.map((assessment) => assessment.serverName)).toContain('AADC01-NEW')
  })

  it('loads when the workspace opens, and again after a save while it is shown', async () => {
    const { store, list } = setUp(THREE())
    store.getState().showView('fleet')
    await vi.waitFor(() => expect(store.getState().fleetAssessments).toHaveLength(3))
    expect(list).toHaveBeenCalledTimes(1)
    store.setState({ saveStatus: { kind: 'saved', at: '2026-11-26T12:00:00.000Z' } })
    await vi.waitFor(() => expect(list).toHaveBeenCalledTimes(2))
  })
})

describe('fleet slice: the matrix and the filter', () => {
  it('computes the matrix once, not again on unrelated changes, and again when the date changes', async () => {
    const { store } = setUp(THREE())
    await store.getState().loadFleet()
    const matrix = selectFleetMatrix(store.getState())
    store.getState().goTo('summary')
    store.getState().editAssessment({ notes: 'unrelated' })
    expect(selectFleetMatrix(store.getState())).toBe(matrix)
    store.getState().setAsOf('2026-01-01')
    const earlier = selectFleetMatrix(store.getState())
    expect(earlier).not.toBe(matrix)
    expect(earlier?.asOf).toBe('2026-01-01')
    expect(earlier?.rows.find((row) => row.title === 'AADC01')?.verdict).toBe('action-required')
  })

  it('assesses each assessment once: after one changes, only that one again; a new date assesses all without deriving them again', async () => {
    const validated: string[] = []
    provideChecks({ ...DETAILS_CHECKS, validateDetails: (document) => (validated.push(String((document as { server?: { name?: unknown } }).server?.name)), DETAILS_CHECKS.validateDetails(document)) })
    try {
      const { store, byId } = setUp(THREE())
      await store.getState().loadFleet()
      selectFleetMatrix(store.getState())
      expect([...validated].sort()).toEqual(['AADC01', 'AADC02', 'FAB01'])
      validated.length = 0
      byId.set(idOf(2), { ...(byId.get(idOf(2)) as Assessment), inputs: [{ source: 'AADC01.json', format: 'install-details-json', facts: [{ path: 'server.name', value: 'AADC01' }, { path: 'connect.version', value: '2.6.92.0' }] }], updatedAt: '2026-11-26T11:00:00.000Z' })
      await store.getState().loadFleet()
      const matrix = selectFleetMatrix(store.getState())
      expect(validated).toEqual(['AADC01'])
      expect(matrix?.rows.find((row) => row.title === 'AADC01')?.version).toBe('2.6.92.0')
      validated.length = 0
      store.getState().setAsOf('2026-01-01')
      const earlier = selectFleetMatrix(store.getState())
      // A new date assesses every server again, but their inputs are not derived again.
      expect(earlier).not.toBe(matrix)
      expect(earlier?.asOf).toBe('2026-01-01')
      expect(validated).toEqual([])
    } finally {
      provideChecks(DETAILS_CHECKS)
    }
  })

  it('derives and assesses each batch as it arrives while the Fleet is shown, and the matrix is the one it would compute after', async () => {
    const validated: string[] = []
    provideChecks({ ...DETAILS_CHECKS, validateDetails: (document) => (validated.push(String((document as { server?: { name?: unknown } }).server?.name)), DETAILS_CHECKS.validateDetails(document)) })
    try {
      const { store } = setUp(THREE())
      store.getState().showView('fleet')
      // Generous: a busy machine running many test files at once takes its time.
      await vi.waitFor(() => expect([...validated].sort()).toEqual(['AADC01', 'AADC02', 'FAB01']), { timeout: 10_000 })
      await vi.waitFor(() => expect(store.getState().fleetAssessments).toHaveLength(3), { timeout: 10_000 })
      const matrix = selectFleetMatrix(store.getState())
      // Prepared once: the matrix derived none of them again.
      expect(validated).toHaveLength(3)
      // A fleet of copies loaded with the Fleet not shown (nothing prepared) gives the same matrix.
      const { store: unprepared } = setUp(THREE())
      await unprepared.getState().loadFleet()
      expect(validated).toHaveLength(3)
      const computed = selectFleetMatrix(unprepared.getState())
      expect(validated).toHaveLength(6)
      expect(matrix).toEqual(computed)
      expect(selectRepeatQuestions(store.getState())).toEqual(selectRepeatQuestions(unprepared.getState()))
    } finally {
      provideChecks(DETAILS_CHECKS)
    }
  })

  it('narrows the rows by the filter and the search', async () => {
    const { store } = setUp(THREE())
    await store.getState().loadFleet()
    store.getState().setFleetFilter({ customer: 'fabrikam' })
    expect(selectVisibleFleetRows(store.getState()).map((row) => row.title)).toEqual(['FAB01'])
    store.getState().setFleetFilter({ customer: null, search: 'aadc0' })
    expect(selectVisibleFleetRows(store.getState()).map((row) => row.title)).toEqual(['AADC01', 'AADC02'])
    expect(selectVisibleFleetRows(store.getState())).toBe(selectVisibleFleetRows(store.getState()))
  })
})

describe('fleet slice: export and open', () => {
  it('exports the listed servers, most urgent first, as of the header’s date', async () => {
    const { store, reportExport } = setUp(THREE())
    await store.getState().loadFleet()
    store.getState().setFleetFilter({ search: 'contoso' })
    await store.getState().exportFleet('csv', true)
    expect(reportExport).toHaveBeenCalledWith({ ids: [idOf(2), idOf(1)], format: 'csv', redact: true, asOf: '2026-11-26' })
    expect(store.getState().fleetMessage).toEqual({ intent: 'success', text: 'Fleet report of 2 servers saved as readiness-fleet-2026-11-26.html.' })
    expect(store.getState().isExportingFleet).toBe(false)
  })

  it('shows main’s error, and says when nothing is listed', async () => {
    const { store, reportExport } = setUp(THREE())
    await store.getState().loadFleet()
    reportExport.mockResolvedValueOnce(errorResult('invalid-request', 'PDF export is not available in this build yet.') as never)
    await store.getState().exportFleet('pdf', false)
    expect(store.getState().fleetMessage).toEqual({ intent: 'error', text: 'The fleet report was not exported: PDF export is not available in this build yet.' })
    store.getState().setFleetFilter({ search: 'no such server' })
    await store.getState().exportFleet('html', false)
    expect(reportExport).toHaveBeenCalledTimes(1)
    expect(store.getState().fleetMessage?.text).toMatch(/^No servers are listed/)
  })

  it('opens a server in the walk, or says why it could not', async () => {
    const { store, fake } = setUp(THREE())
    store.getState().showView('fleet')
    await store.getState().openFleetServer(idOf(3))
    expect(store.getState()).toMatchObject({ view: 'walk', assessment: { id: idOf(3), customer: 'Fabrikam' } })
    store.getState().showView('fleet')
    fake.loadAssessment.mockResolvedValueOnce(errorResult('not-found', 'There is no such assessment.'))
    await store.getState().openFleetServer(idOf(9))
    expect(store.getState().view).toBe('fleet')
    expect(store.getState().fleetOpenError).toBe('The assessment was not opened: There is no such assessment.')
  })
})

describe('fleet slice: runs only a short name ties together', () => {
  it('lists them as two rows with the question, and saves the link the user accepts (a valid draft), or says why not', async () => {
    const older = saved(1, 'AADC01', '2.4.27.0', { customer: '', updatedAt: '2026-10-01T09:00:00.000Z' })
    const newer = saved(2, 'AADC01', '2.6.92.0', { customer: '', updatedAt: '2026-11-01T09:00:00.000Z' })
    const { store, fake } = setUp([older, newer])
    await store.getState().loadFleet()
    expect(selectFleetMatrix(store.getState())?.rows).toHaveLength(2)
    const questions = selectRepeatQuestions(store.getState())
    expect(questions).toHaveLength(1)
    expect(questions[0]).toMatchObject({
      subject: { id: newer.id, shortName: 'AADC01', customer: '', version: '2.6.92.0', savedAt: newer.updatedAt },
      subjectLacks: ['customer', 'fqdn', 'tenant'],
      candidates: [{ id: older.id, version: '2.4.27.0', savedAt: older.updatedAt }],
    })

    await store.getState().linkFleetRuns(newer.id, older.id)
    const draft = fake.saveAssessment.mock.calls.at(-1)?.[0]
    expect(draft).toMatchObject({ id: newer.id, sameServerAs: older.id, name: newer.name, inputs: newer.inputs })
    expect(assessmentDraftSchema.safeParse(draft).success).toBe(true)

    fake.saveAssessment.mockResolvedValueOnce(errorResult('file-unwritable', 'The disk is full.'))
    await store.getState().linkFleetRuns(newer.id, older.id)
    expect(store.getState().fleetMessage).toEqual({ intent: 'error', text: 'The two runs were not joined: The disk is full.' })
  })
})
