import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { AUTOSAVE_DELAY_MS } from '~renderer/store/assessment-slice'
import { saveStatusText } from '~renderer/features/header/save-status'
import { createFakeApi, errorResult, okResult, SAVED_ID, savedAssessment } from '~tests/renderer/support/fake-api'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

/** A store with app info loaded (the as-of date set to today), and its fake API. */
async function setUp() {
  const fake = createFakeApi()
  const store = createWizardStore({ api: fake.api })
  await store.getState().loadAppInfo()
  return { fake, store }
}

describe('assessment slice', () => {
  it('creates no assessment before the user changes anything of content', async () => {
    const { fake, store } = await setUp()
    store.getState().setRole('consultant')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.saveAssessment).not.toHaveBeenCalled()
    expect(store.getState().saveStatus).toEqual({ kind: 'idle' })
  })

  it('saves once after a burst of changes, debounced, and keeps the new id', async () => {
    const { fake, store } = await setUp()
    store.getState().setTypedFacts({ serverName: 'AADC01' })
    store.getState().setTypedFacts({ version: '2.4.18.0' })
    store.getState().setTick('backup', true)
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 10)
    expect(fake.saveAssessment).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(20)
    expect(fake.saveAssessment).toHaveBeenCalledTimes(1)
    const draft = fake.saveAssessment.mock.calls[0]?.[0]
    expect(draft).toMatchObject({ name: 'AADC01', serverName: 'AADC01', asOf: '2026-11-26', answers: { 'checklist:backup': true } })
    expect(draft?.id).toBeUndefined()
    expect(draft?.inputs.map((input) => input.format)).toEqual(['typed', 'typed'])
    expect(store.getState().assessment.id).toBe(SAVED_ID)
    expect(saveStatusText(store.getState().saveStatus)).toMatch(/^Saved \d{1,2}[:.]\d{2}/)
    // Taking over main's id and the default name is not a change: nothing is saved again.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.saveAssessment).toHaveBeenCalledTimes(1)

    store.getState().setAsOf('2026-06-01')
    expect(saveStatusText(store.getState().saveStatus)).toBe('Saving…')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(fake.saveAssessment).toHaveBeenCalledTimes(2)
    expect(fake.saveAssessment.mock.calls[1]?.[0]).toMatchObject({ id: SAVED_ID, asOf: '2026-06-01' })
  })

  it('shows "Saving…" while main saves and the reason when it fails', async () => {
    const { fake, store } = await setUp()
    let finish: (value: ReturnType<typeof errorResult>) => void = () => undefined
    fake.saveAssessment.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)))
    store.getState().editAssessment({ notes: 'call the customer' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(saveStatusText(store.getState().saveStatus)).toBe('Saving…')
    finish(errorResult('file-unwritable', 'the disk is full'))
    await vi.advanceTimersByTimeAsync(0)
    expect(saveStatusText(store.getState().saveStatus)).toBe('Not saved: the disk is full')
  })

  it('restores inputs, typed values, ticks, role and as-of date on open, without saving again', async () => {
    const { fake, store } = await setUp()
    const saved = savedAssessment({
      id: SAVED_ID,
      name: 'Contoso AADC01',
      customer: 'Contoso',
      serverName: 'AADC01',
      inputs: [
        { source: 'AADC01.json', format: 'install-details-json', facts: [{ path: 'connect.version', value: '2.3.20.0' }], notes: [] },
        { source: 'typed in', format: 'typed', facts: [{ path: 'server.name', value: 'AADC01' }] },
      ],
      answers: { 'checklist:backup': true, 'guide:role': 'trainee' },
      asOf: '2026-03-01',
      notes: 'n',
    })
    fake.loadAssessment.mockResolvedValueOnce(okResult({ assessment: saved }))
    expect(await store.getState().openAssessment(SAVED_ID)).toBe(true)
    const state = store.getState()
    expect(state.inputs.map((input) => input.source)).toEqual(['AADC01.json'])
    expect(state.typedFacts.serverName).toBe('AADC01')
    expect(state.details.connect?.version).toBe('2.3.20.0')
    expect(state.ticks).toEqual({ backup: true })
    expect(state.role).toBe('trainee')
    expect(state.asOf).toBe('2026-03-01')
    expect(state.assessment).toEqual({ id: SAVED_ID, name: 'Contoso AADC01', customer: 'Contoso', pairWith: '', notes: 'n' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.saveAssessment).not.toHaveBeenCalled()
  })

  it('says why an assessment could not be opened and keeps the current one', async () => {
    const { store } = await setUp()
    store.getState().setTypedFacts({ serverName: 'AADC02' })
    expect(await store.getState().openAssessment(SAVED_ID)).toBe(false)
    expect(store.getState().saveStatus).toMatchObject({ kind: 'failed', reason: 'There is no such assessment.' })
    expect(store.getState().typedFacts.serverName).toBe('AADC02')
  })

  it('saves the customer and staging partner, and restores them on open', async () => {
    const { fake, store } = await setUp()
    store.getState().setTypedFacts({ serverName: 'AADC01' })
    store.getState().editAssessment({ customer: 'Contoso', pairWith: 'AADC02' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    const draft = fake.saveAssessment.mock.calls.at(-1)?.[0]
    expect(draft).toMatchObject({ customer: 'Contoso', pairWith: 'AADC02' })
    store.getState().editAssessment({ pairWith: '  ' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(fake.saveAssessment.mock.calls.at(-1)?.[0]).not.toHaveProperty('pairWith')

    fake.loadAssessment.mockResolvedValueOnce(okResult({ assessment: savedAssessment({ ...draft!, pairWith: 'AADC09' }) }))
    expect(await store.getState().openAssessment(SAVED_ID)).toBe(true)
    expect(store.getState().assessment).toMatchObject({ customer: 'Contoso', pairWith: 'AADC09' })
  })

  it('keeps the Fleet\'s "same server" link through an open and the next save', async () => {
    const { fake, store } = await setUp()
    const other = '00000000-0000-4000-8000-0000000000aa'
    fake.loadAssessment.mockResolvedValueOnce(okResult({ assessment: savedAssessment({ name: 'AADC01 after', customer: '', serverName: 'AADC01', sameServerAs: other, inputs: [], answers: {}, asOf: null, notes: '' }) }))
    expect(await store.getState().openAssessment(SAVED_ID)).toBe(true)
    store.getState().editAssessment({ notes: 'Upgraded' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(fake.saveAssessment.mock.calls.at(-1)?.[0]).toMatchObject({ notes: 'Upgraded', sameServerAs: other })
  })

  it('starts a new assessment: the current one is saved first, then everything but the role is cleared and the date goes back to today', async () => {
    const { fake, store } = await setUp()
    store.getState().setRole('consultant')
    store.getState().setAsOf('2026-06-01')
    store.getState().setTypedFacts({ serverName: 'AADC01', version: '2.4.18.0' })
    store.getState().setTick('backup', true)
    store.getState().editAssessment({ customer: 'Contoso', notes: 'Primary' })
    store.getState().goTo('summary')
    await store.getState().startNewAssessment()
    expect(fake.saveAssessment).toHaveBeenCalledTimes(1)
    expect(fake.saveAssessment.mock.calls[0]?.[0]).toMatchObject({ customer: 'Contoso', serverName: 'AADC01' })

    const state = store.getState()
    expect(state.assessment).toEqual({ id: undefined, name: '', customer: '', pairWith: '', notes: '' })
    expect(state.typedFacts).toEqual({})
    expect(state.typedValues).toEqual({})
    expect(state.ticks).toEqual({})
    expect(state.details.connect?.version).toBeUndefined()
    expect(state.step).toBe('details')
    expect(state.saveStatus).toEqual({ kind: 'idle' })
    expect(state.role).toBe('consultant')
    expect(state.asOf).toBe(state.appInfo?.today)
    expect(state.asOf).not.toBe('2026-06-01')
    // Clearing is not a change of the user's: nothing is saved until the next server is entered.
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2)
    expect(fake.saveAssessment).toHaveBeenCalledTimes(1)
    store.getState().setTypedFacts({ serverName: 'AADC02' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(fake.saveAssessment).toHaveBeenCalledTimes(2)
    expect(fake.saveAssessment.mock.calls[1]?.[0]).toMatchObject({ name: 'AADC02', customer: '' })
    expect(fake.saveAssessment.mock.calls[1]?.[0]?.id).toBeUndefined()
  })

  it('keeps the current work when its save fails: no new assessment, nothing opened over it', async () => {
    const { fake, store } = await setUp()
    store.getState().setTypedFacts({ serverName: 'AADC01' })
    store.getState().editAssessment({ customer: 'Contoso', notes: 'Primary, checked with the customer' })
    fake.saveAssessment.mockResolvedValue(errorResult('file-unwritable', 'The disk is full.'))
    expect(await store.getState().startNewAssessment()).toBe(false)
    expect(store.getState().assessment).toMatchObject({ customer: 'Contoso', notes: 'Primary, checked with the customer' })
    expect(store.getState().typedFacts.serverName).toBe('AADC01')
    expect(store.getState().saveStatus).toEqual({ kind: 'failed', reason: 'The disk is full.' })

    fake.loadAssessment.mockResolvedValue(okResult({ assessment: savedAssessment({ name: 'Other', customer: '', serverName: 'AADC09', inputs: [], answers: {}, asOf: null, notes: '' }) }))
    expect(await store.getState().openAssessment(SAVED_ID)).toBe(false)
    expect(fake.loadAssessment).not.toHaveBeenCalled()
    expect(store.getState().typedFacts.serverName).toBe('AADC01')

    fake.saveAssessment.mockImplementation(async (draft) => okResult(savedAssessment(draft)))
    expect(await store.getState().startNewAssessment()).toBe(true)
    expect(store.getState().assessment.customer).toBe('')
  })

  it('saves edits made while the last save was running before it starts a new assessment', async () => {
    const { fake, store } = await setUp()
    let finish: (() => void) | undefined
    fake.saveAssessment.mockImplementationOnce(
      (draft) => new Promise((resolve) => (finish = () => resolve(okResult(savedAssessment(draft))))),
    )
    store.getState().setTypedFacts({ serverName: 'AADC01' })
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS)
    expect(fake.saveAssessment).toHaveBeenCalledTimes(1)
    store.getState().editAssessment({ notes: 'typed while saving' })
    const started = store.getState().startNewAssessment()
    finish?.()
    expect(await started).toBe(true)
    expect(fake.saveAssessment).toHaveBeenCalledTimes(2)
    expect(fake.saveAssessment.mock.calls[1]?.[0]).toMatchObject({ id: SAVED_ID, notes: 'typed while saving' })
  })

  it('opens an assessment in the walk from another workspace, and says why when it cannot', async () => {
    const { fake, store } = await setUp()
    store.getState().showView('fleet')
    fake.loadAssessment.mockResolvedValueOnce(okResult({ assessment: savedAssessment({ name: 'AADC09', customer: '', serverName: 'AADC09', inputs: [], answers: {}, asOf: null, notes: '' }) }))
    expect(await store.getState().openInWalk(SAVED_ID)).toBeUndefined()
    expect(store.getState().view).toBe('walk')
    store.getState().showView('compare')
    expect(await store.getState().openInWalk(SAVED_ID)).toBe('There is no such assessment.')
    expect(store.getState().view).toBe('compare')
  })
})

