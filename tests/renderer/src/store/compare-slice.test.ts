import { describe, expect, it } from 'vitest'
import { createWizardStore, type WizardStore } from '~renderer/store'
import { selectComparison } from '~renderer/store/compare-selectors'
import { createCompareFake, RUN_IDS, RUNS } from '~tests/renderer/support/compare-runs'
import { errorResult } from '~tests/renderer/support/fake-api'

/** Resolves once the store's pending promises (list, loads) have settled. */
async function settle(store: WizardStore): Promise<void> {
  for (let round = 0; round < 20 && (store.getState().isComparePreparing || Object.values(store.getState().comparedRuns).some((run) => run.status === 'loading')); round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

async function setUp(options: { readonly openId?: string } = {}) {
  const compare = createCompareFake()
  const store = createWizardStore({ api: compare.fake.api })
  await store.getState().loadAppInfo()
  if (options.openId !== undefined) {
    await store.getState().openAssessment(options.openId)
  }
  return { ...compare, store }
}

function chosenIds(store: WizardStore) {
  const { before, after } = store.getState().comparedRuns
  return { before: before.status === 'none' ? undefined : before.id, after: after.status === 'none' ? undefined : after.id }
}

describe('compare slice', () => {
  it('compares the open assessment with the newest earlier run of its server when the workspace is shown', async () => {
    const { store, list } = await setUp({ openId: RUN_IDS.upgraded })
    store.getState().showView('compare')
    await settle(store)
    expect(list).toHaveBeenCalled()
    expect(chosenIds(store)).toEqual({ before: RUN_IDS.old, after: RUN_IDS.upgraded })
    const outcome = selectComparison(store.getState())
    expect(outcome?.ok).toBe(true)
    const rule = outcome?.ok === true ? outcome.value.comparison.rules.find((entry) => entry.ruleId === 'version/sync-stop-2026') : undefined
    expect(rule).toMatchObject({ change: 'fixed', before: 'fail', after: 'pass' })
  })

  it('takes the newest saved assessment as the later run when none is open', async () => {
    const { store } = await setUp()
    await store.getState().prepareCompare()
    expect(chosenIds(store)).toEqual({ before: RUN_IDS.old, after: RUN_IDS.upgraded })
  })

  it('leaves the earlier run empty when the server has only one run', async () => {
    const { store } = await setUp()
    await store.getState().prepareCompare(RUN_IDS.other)
    expect(chosenIds(store)).toEqual({ before: undefined, after: RUN_IDS.other })
    expect(selectComparison(store.getState())).toBeUndefined()
  })

  it('opens the workspace from the Assessments panel with that run as the later one', async () => {
    const { store } = await setUp({ openId: RUN_IDS.other })
    await store.getState().compareAssessment(RUN_IDS.old)
    await settle(store)
    expect(store.getState().view).toBe('compare')
    // AADC01's only other run was saved after it: it is offered anyway (and the comparison says so).
    expect(chosenIds(store)).toEqual({ before: RUN_IDS.upgraded, after: RUN_IDS.old })
  })

  it('names a run that cannot be loaded, and compares nothing', async () => {
    const { store, fake } = await setUp()
    await store.getState().refreshAssessments()
    fake.loadAssessment.mockResolvedValueOnce(errorResult('invalid-document', 'The file is not valid JSON.'))
    await store.getState().chooseCompareRun('before', RUN_IDS.old)
    expect(store.getState().comparedRuns.before).toEqual({ status: 'failed', id: RUN_IDS.old, message: 'Could not open “Contoso AADC01”: The file is not valid JSON.' })
    fake.loadAssessment.mockRejectedValueOnce(new Error('IPC went away'))
    await store.getState().chooseCompareRun('after', RUN_IDS.other)
    expect(store.getState().comparedRuns.after).toMatchObject({ status: 'failed', message: 'Could not open “Contoso AADC02”: IPC went away' })
    expect(selectComparison(store.getState())).toBeUndefined()
  })

  it('says so when the saved assessments cannot be listed', async () => {
    const { store, list } = await setUp()
    list.mockResolvedValueOnce(errorResult('file-unreadable', 'The folder is locked.'))
    await store.getState().prepareCompare()
    expect(store.getState().compareError).toBe('Could not list the saved assessments: The folder is locked.')
  })

  it('ignores the answer for a run the user no longer wants', async () => {
    const { store, holdLoad } = await setUp()
    await store.getState().prepareCompare()
    const release = holdLoad(RUN_IDS.other)
    const slow = store.getState().chooseCompareRun('before', RUN_IDS.other)
    await store.getState().chooseCompareRun('before', RUN_IDS.old)
    release()
    await slow
    expect(store.getState().comparedRuns.before).toMatchObject({ status: 'loaded', id: RUN_IDS.old })
  })

  it('picks the new later run’s own earlier run when the current one is of another server, and swaps', async () => {
    const { store } = await setUp()
    await store.getState().prepareCompare(RUN_IDS.other)
    await store.getState().chooseCompareRun('before', RUN_IDS.upgraded)
    await store.getState().chooseCompareRun('after', RUN_IDS.old)
    expect(chosenIds(store)).toEqual({ before: RUN_IDS.upgraded, after: RUN_IDS.old })
    await store.getState().swapCompareRuns()
    expect(chosenIds(store)).toEqual({ before: RUN_IDS.old, after: RUN_IDS.upgraded })
  })

  it('keeps the choice when the workspace is shown again with the same assessment open', async () => {
    const { store } = await setUp()
    await store.getState().prepareCompare()
    await store.getState().chooseCompareRun('before', RUN_IDS.other)
    store.getState().showView('walk')
    store.getState().showView('compare')
    await settle(store)
    expect(chosenIds(store)).toEqual({ before: RUN_IDS.other, after: RUN_IDS.upgraded })
  })

  it('memoizes the comparison: unrelated changes reuse it, the date and its mode recompute it', async () => {
    const { store } = await setUp()
    await store.getState().prepareCompare()
    const first = selectComparison(store.getState())
    store.getState().setTypedFacts({ serverName: 'AADC09' })
    expect(selectComparison(store.getState())).toBe(first)
    store.getState().setAsOf('2026-06-01')
    const onHeaderDate = selectComparison(store.getState())
    expect(onHeaderDate).not.toBe(first)
    expect(onHeaderDate?.ok === true && onHeaderDate.value.after.asOf).toBe('2026-06-01')
    store.getState().setCompareDateMode('own')
    const own = selectComparison(store.getState())
    expect(own?.ok === true && [own.value.before.asOf, own.value.after.asOf]).toEqual([RUNS.old.asOf, RUNS.upgraded.asOf])
    store.getState().setAsOf('2026-07-01')
    expect(selectComparison(store.getState())).toBe(own)
    store.getState().setCompareDateMode('common')
    store.getState().setCompareAsOf('2027-01-10')
    store.getState().setCompareAsOf('not a date')
    const common = selectComparison(store.getState())
    expect(common?.ok === true && common.value.before.asOf).toBe('2027-01-10')
  })

  it('opens a run in the walk, and says why when it cannot', async () => {
    const { store, fake } = await setUp()
    await store.getState().prepareCompare()
    store.getState().showView('compare')
    await settle(store)
    await store.getState().openRunInWalk(RUN_IDS.old)
    expect(store.getState().view).toBe('walk')
    expect(store.getState().assessment.id).toBe(RUN_IDS.old)
    store.getState().showView('compare')
    await settle(store)
    fake.loadAssessment.mockResolvedValueOnce(errorResult('not-found', 'There is no such assessment.'))
    await store.getState().openRunInWalk(RUN_IDS.other)
    expect(store.getState().view).toBe('compare')
    expect(store.getState().compareError).toBe('Could not open “Contoso AADC02” in the walk: There is no such assessment.')
  })
})
