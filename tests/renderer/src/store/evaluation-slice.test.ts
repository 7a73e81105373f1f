import { afterEach, describe, expect, it, vi } from 'vitest'

// Each test takes fresh copies of the modules: the setup file has already provided the evaluation
// to the shared copy, and these tests are about the moments before it arrives.
async function freshStore() {
  vi.resetModules()
  const evaluation = await import('~renderer/store/evaluation')
  const { createWizardStore } = await import('~renderer/store')
  const selectors = await import('~renderer/store/selectors')
  const { createFakeApi } = await import('~tests/renderer/support/fake-api')
  const wizard = createWizardStore({ api: createFakeApi().api })
  wizard.getState().setAsOf('2026-11-26')
  return { evaluation, wizard, selectors }
}

afterEach(() => {
  vi.doUnmock('~renderer/store/evaluation-module')
  vi.resetModules()
})

describe('the rules’ evaluation, loaded after the first screen', () => {
  it('is not loaded by a new store, which has no report and no step decided until it is', async () => {
    const { evaluation, wizard, selectors } = await freshStore()
    await Promise.resolve()
    expect(evaluation.currentEvaluation()).toBeUndefined()
    expect(wizard.getState().evaluation).toBeUndefined()
    expect(selectors.selectReport(wizard.getState())).toBeUndefined()
    expect(selectors.selectStepState(wizard.getState(), 'version')).toBe('not-started')
  })

  it('gives the report once ensureEvaluation has loaded it', async () => {
    const { wizard, selectors } = await freshStore()
    await wizard.getState().ensureEvaluation()
    expect(wizard.getState().evaluation?.assessServer).toBeTypeOf('function')
    expect(selectors.selectReport(wizard.getState())?.findings.length).toBeGreaterThan(0)
  })

  it('is loaded as soon as the document has a fact', async () => {
    const { wizard, selectors } = await freshStore()
    const { provideChecks } = await import('~renderer/store/checks')
    const { DETAILS_CHECKS } = await import('~renderer/store/checks-module')
    provideChecks(DETAILS_CHECKS)
    wizard.getState().setTypedFacts({ version: '2.4.27.0' })
    await vi.waitFor(() => expect(wizard.getState().evaluation).toBeDefined())
    expect(selectors.selectStepState(wizard.getState(), 'version')).not.toBe('not-started')
  })

  it('that cannot be loaded is reported in the store, not thrown, and tried again next time', async () => {
    vi.doMock('~renderer/store/evaluation-module', () => {
      throw new Error('chunk missing')
    })
    const { wizard } = await freshStore()
    expect(await wizard.getState().ensureEvaluation()).toBeUndefined()
    expect(wizard.getState().evaluationError).toMatch(/^The checks could not be loaded \(.+\)\. Reload the window/)
    vi.doUnmock('~renderer/store/evaluation-module')
    expect(await wizard.getState().ensureEvaluation()).toBeDefined()
    expect(wizard.getState().evaluationError).toBeUndefined()
  })
})
