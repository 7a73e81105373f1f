import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { findPracticeScenario } from '~shared/practice/scenarios'
import { createWizardStore } from '~renderer/store'
import { practiceSource } from '~renderer/store/practice-slice'
import { selectReport } from '~renderer/store/selectors'
import { createFakeApi } from '~tests/renderer/support/fake-api'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

function newStore(fake = createFakeApi()) {
  return createWizardStore({ api: fake.api })
}

function scenario(id: string) {
  const found = findPracticeScenario(id)
  if (found === undefined) {
    throw new Error(id)
  }
  return found
}

describe('practice slice', () => {
  it('loads the scenario document, fact by fact, as the store document', async () => {
    const store = newStore()
    await store.getState().loadPractice('usgov-2-4-18')
    const { details } = store.getState()
    expect(details.connect?.version).toBe('2.4.18.0')
    expect(details.connect?.cloud).toBe('usgov')
    expect(details.server?.name).toBe('AADC-GOV')
  })

  it('sets the as-of date and shows the scenario as where each fact came from', async () => {
    const store = newStore()
    await store.getState().loadPractice('v1-2012r2')
    expect(store.getState().asOf).toBe('2025-03-03')
    const evidence = selectReport(store.getState())?.findings.find((finding) => finding.ruleId === 'version/v1-retired')?.evidence
    expect(evidence?.['connect.version']).toEqual({ value: '1.6.16.0', from: practiceSource(scenario('v1-2012r2').title) })
  })

  it('replaces what was typed and answered before', async () => {
    const store = newStore()
    store.getState().setTypedFacts({ version: '2.4' })
    store.getState().answerFact('connect.features.hybridJoin', true, 'answered in the wizard')
    await store.getState().loadPractice('cloud-sync-candidate')
    const state = store.getState()
    expect(state.details.connect?.features?.hybridJoin).toBe(false)
    expect(state.details.connect?.version).toBe('2.6.84.0')
    expect(state.inputErrors).toEqual({})
  })

  it('gives the same findings as assessing the scenario document directly', async () => {
    const store = newStore()
    await store.getState().loadPractice('suspended-auto-upgrade')
    const statuses = selectReport(store.getState())?.findings.map((finding) => [finding.ruleId, finding.status])
    const expected = assessServer(scenario('suspended-auto-upgrade').document, '2026-03-02', BUILT_IN_PACK).findings.map((finding) => [finding.ruleId, finding.status])
    expect(statuses).toEqual(expected)
  })

  it('clears the checklist ticks, counts the load and goes to the scenario step', async () => {
    const store = newStore()
    store.getState().setTick('export-configuration', true)
    await store.getState().loadPractice('staging-workaround')
    expect(store.getState()).toMatchObject({ ticks: {}, practiceLoads: 1, practiceId: 'staging-workaround', step: 'staging' })
  })

  it('ignores an unknown scenario', async () => {
    const store = newStore()
    await store.getState().loadPractice('no-such-scenario')
    expect(store.getState().practiceId).toBeUndefined()
  })

  it('forgets the scenario but keeps its document when left', async () => {
    const store = newStore()
    await store.getState().loadPractice('usgov-2-4-18')
    store.getState().leavePractice()
    expect(store.getState().practiceId).toBeUndefined()
    expect(store.getState().details.connect?.version).toBe('2.4.18.0')
  })

  it('saves the open assessment first, then never saves the practice walk', async () => {
    const fake = createFakeApi()
    const store = newStore(fake)
    store.getState().setTypedFacts({ serverName: 'AADC01', version: '2.4.27.0' })
    await store.getState().loadPractice('usgov-2-4-18')
    expect(fake.saveAssessment).toHaveBeenCalledTimes(1)
    expect(fake.saveAssessment.mock.calls[0]?.[0].serverName).toBe('AADC01')
    expect(store.getState().assessment.id).toBeUndefined()
    store.getState().setTick('export-configuration', true)
    await store.getState().saveNow()
    expect(fake.saveAssessment).toHaveBeenCalledTimes(1)
  })
})
