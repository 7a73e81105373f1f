import { afterEach, describe, expect, it, vi } from 'vitest'

// Each test takes fresh copies of the modules: the setup file has already provided the checks to
// the shared copy, and these tests are about the moments before they arrive.
async function freshModules() {
  vi.resetModules()
  const checks = await import('~renderer/store/checks')
  const store = await import('~renderer/store')
  const { createFakeApi } = await import('~tests/renderer/support/fake-api')
  return { checks, store, createFakeApi }
}

afterEach(() => {
  vi.doUnmock('~renderer/store/checks-module')
  vi.resetModules()
})

describe('the install-details checks, loaded after the first screen', () => {
  it('are not loaded until asked for, and then handed out at once', async () => {
    const { checks } = await freshModules()
    expect(checks.currentChecks()).toBeUndefined()
    const loaded = await checks.loadChecks()
    expect(checks.currentChecks()).toBe(loaded)
    expect(loaded.validateDetails({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0' } }).ok).toBe(true)
    expect(loaded.validateDetails({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: 'two' } })).toEqual({ ok: false, failedPaths: ['connect.version'] })
  })

  it('run actions that came before them once they are in, in the order they came', async () => {
    const { checks } = await freshModules()
    const order: string[] = []
    checks.withChecks(() => order.push('first'), () => order.push('failed'))
    checks.withChecks(() => order.push('second'), () => order.push('failed'))
    expect(order).toEqual([])
    await checks.loadChecks()
    expect(order).toEqual(['first', 'second'])
    checks.withChecks(() => order.push('now'), () => order.push('failed'))
    expect(order).toEqual(['first', 'second', 'now'])
  })

  it('a store built before they arrive starts empty, and keeps what is typed meanwhile', async () => {
    const { checks, store, createFakeApi } = await freshModules()
    const wizard = store.createWizardStore({ api: createFakeApi().api })
    expect(wizard.getState().details).toEqual({ kind: 'entra-connect-install-details', schemaVersion: 1 })
    wizard.getState().setTypedFacts({ version: '2.4.27.0' })
    wizard.getState().setTypedFacts({ cloud: 'usgov' })
    expect(checks.currentChecks()).toBeUndefined()
    await checks.loadChecks()
    expect(wizard.getState().details.connect).toMatchObject({ version: '2.4.27.0', cloud: 'usgov' })
    expect(wizard.getState().typedFacts).toEqual({ version: '2.4.27.0', cloud: 'usgov' })
  })

  it('pasted text before they arrive is kept in the box and the user told to load it again', async () => {
    const { checks, store, createFakeApi } = await freshModules()
    const wizard = store.createWizardStore({ api: createFakeApi().api })
    const scheduler = 'AllowedSyncCycleInterval : 00:30:00\r\nSyncCycleEnabled : False\r\nStagingModeEnabled : True'
    expect(wizard.getState().pasteText(scheduler)).toBe(false)
    expect(wizard.getState().importError).toMatch(/still loading.*the text is kept/)
    await checks.loadChecks()
    expect(wizard.getState().pasteText(scheduler)).toBe(true)
    expect(wizard.getState().inputs).toHaveLength(1)
  })

  it('that cannot be loaded are reported, not thrown, and tried again next time', async () => {
    vi.doMock('~renderer/store/checks-module', () => {
      throw new Error('chunk missing')
    })
    const { checks } = await freshModules()
    const failures: string[] = []
    checks.withChecks(() => failures.push('ran'), (message) => failures.push(message))
    await expect(checks.loadChecks()).rejects.toThrow()
    await vi.waitFor(() => expect(failures).toHaveLength(1))
    expect(failures[0]).toMatch(/^The install-details checks could not be loaded \(.+\)\. Reload the window/)
    vi.doUnmock('~renderer/store/checks-module')
    expect((await checks.loadChecks()).validateDetails).toBeTypeOf('function')
  })
})
