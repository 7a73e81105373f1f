import { describe, expect, it } from 'vitest'
import type { ImportedInput } from '~shared/ipc/input-schemas'
import type { Result } from '~shared/ipc/result'
import { createWizardStore } from '~renderer/store'
import { COLLECTED_HERE } from '~renderer/store/collector-slice'
import { createFakeApi, errorResult, FAKE_SCRIPT, okResult } from '~tests/renderer/support/fake-api'

const COLLECTED: ImportedInput = {
  fileName: 'collector-output.json',
  encoding: 'utf-8',
  format: 'install-details-json',
  facts: [{ path: 'connect.version', value: '2.4.27.0' }],
  notes: ['The collector left connect.database out: no access'],
}

function setup() {
  const fake = createFakeApi()
  return { fake, store: createWizardStore({ api: fake.api }) }
}

describe('collector slice: running', () => {
  it('shows each progress line while running and adds what it collected as an input', async () => {
    const { fake, store } = setup()
    let finish: (result: Result<ImportedInput>) => void = () => undefined
    fake.runCollector.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    const running = store.getState().runCollector()
    expect(store.getState().collectorStatus).toBe('running')
    fake.emitProgress({ line: 'Reading the registry' })
    fake.emitProgress({ line: 'Reading ADSync' })
    expect(store.getState().collectorLines).toEqual(['Reading the registry', 'Reading ADSync'])
    finish(okResult(COLLECTED))
    await running
    expect(store.getState().collectorStatus).toBe('done')
    expect(store.getState().inputs).toMatchObject([{ source: COLLECTED_HERE, origin: 'collected', notes: COLLECTED.notes }])
    expect(store.getState().provenance.fields?.['connect.version']).toBe(COLLECTED_HERE)
  })

  it('stops listening to progress once the run ends', async () => {
    const { fake, store } = setup()
    await store.getState().runCollector()
    expect(fake.progressListenerCount()).toBe(0)
  })

  it('keeps main’s message, saying what to do instead, when the run fails', async () => {
    const { fake, store } = setup()
    fake.runCollector.mockResolvedValue(errorResult('collector-failed', 'The ADSync module was not found. Run the collector yourself…'))
    await store.getState().runCollector()
    expect(store.getState()).toMatchObject({ collectorStatus: 'failed', collectorError: expect.stringMatching(/^The ADSync module/) })
    expect(store.getState().inputs).toEqual([])
  })

  it('reports a canceled run as canceled', async () => {
    const { fake, store } = setup()
    fake.runCollector.mockResolvedValue(errorResult('canceled', 'Collection was canceled.'))
    await store.getState().runCollector()
    expect(store.getState().collectorStatus).toBe('canceled')
  })

  it('asks main to cancel', async () => {
    const { fake, store } = setup()
    await store.getState().cancelCollector()
    expect(fake.cancelCollector).toHaveBeenCalledWith({})
  })
})

describe('collector slice: the script', () => {
  it('loads the script once', async () => {
    const { fake, store } = setup()
    await store.getState().loadCollectorScript()
    await store.getState().loadCollectorScript()
    expect(store.getState().collectorScript).toEqual(FAKE_SCRIPT)
    expect(fake.getScript).toHaveBeenCalledOnce()
  })

  it('copies the script through main’s clipboard', async () => {
    const { fake, store } = setup()
    expect(await store.getState().copyCollectorScript()).toBe(true)
    expect(fake.writeText).toHaveBeenCalledWith({ text: FAKE_SCRIPT.text })
  })

  it('says where the script was saved', async () => {
    const { fake, store } = setup()
    fake.saveScript.mockResolvedValue(okResult({ status: 'saved', fileName: 'Collect-EntraConnectDetails.ps1' }))
    await store.getState().saveCollectorScript()
    expect(store.getState().collectorScriptSavedAs).toBe('Collect-EntraConnectDetails.ps1')
  })

  it('shows main’s message when the script cannot be saved', async () => {
    const { fake, store } = setup()
    fake.saveScript.mockResolvedValue(errorResult('file-unwritable', 'x.ps1: permission to write there was denied. Choose another folder…'))
    await store.getState().saveCollectorScript()
    expect(store.getState().collectorScriptError).toMatch(/^x\.ps1: permission/)
  })
})
