import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import {
  selectActionPlan,
  selectChecklistProgress,
  selectCloudSyncAnswers,
  selectFitSummary,
  selectServerComparison,
} from '~renderer/store/plan-selectors'
import { createFakeApi } from '~tests/renderer/support/fake-api'
import { storeWithPractice } from '~tests/renderer/support/practice-store'

describe('plan selectors', () => {
  it('answer the Cloud Sync questions from the scenario, naming it as the source', async () => {
    const answers = selectCloudSyncAnswers((await storeWithPractice('cloud-sync-candidate')).getState())
    expect(answers.find((answer) => answer.path === 'connect.forestCount')).toMatchObject({ value: 1, source: 'practice scenario "A Cloud Sync candidate"' })
  })

  it('say an answer given in the wizard came from the wizard', async () => {
    const store = (await storeWithPractice('cloud-sync-candidate'))
    store.getState().answerFact('connect.disconnectedForests', true, 'answered in the wizard')
    const answer = selectCloudSyncAnswers(store.getState()).find((item) => item.path === 'connect.disconnectedForests')
    expect(answer).toMatchObject({ value: true, source: 'answered in the wizard' })
    expect(selectServerComparison(store.getState()).rows.find((row) => row.id === 'disconnected-forests')?.change).toBe('needed-gain')
  })

  it('summarize the fit of the candidate as fits now', async () => {
    expect(selectFitSummary((await storeWithPractice('cloud-sync-candidate')).getState())?.headline).toBe('Fits now')
  })

  it('count ticked checklist items against the plan, with a stable object', async () => {
    const store = (await storeWithPractice('usgov-2-4-18'))
    store.getState().setTick('export-configuration', true)
    store.getState().setTick('not-in-the-plan', true)
    const state = store.getState()
    expect(selectChecklistProgress(state)).toEqual({ done: 1, total: selectActionPlan(state)?.items.length })
    expect(selectChecklistProgress(state)).toBe(selectChecklistProgress(state))
  })

  it('plan nothing until the as-of date is known', async () => {
    expect(selectActionPlan(createWizardStore({ api: createFakeApi().api }).getState())).toBeUndefined()
  })
})
