import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { APP_INFO, createFakeApi, errorResult } from '~tests/renderer/support/fake-api'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('settings slice', () => {
  it('has no as-of date before app info arrives', () => {
    const store = createWizardStore({ api: createFakeApi().api })
    expect(store.getState().asOf).toBeUndefined()
  })

  it('defaults the as-of date to main’s today', async () => {
    const store = createWizardStore({ api: createFakeApi().api })
    await store.getState().loadAppInfo()
    expect(store.getState().asOf).toBe(APP_INFO.today)
    expect(store.getState().appInfo).toEqual(APP_INFO)
  })

  it('keeps a date the user chose before app info arrived', async () => {
    const store = createWizardStore({ api: createFakeApi().api })
    store.getState().setAsOf('2026-09-29')
    await store.getState().loadAppInfo()
    expect(store.getState().asOf).toBe('2026-09-29')
  })

  it('falls back to the rule pack’s date and says why when app info fails', async () => {
    const fake = createFakeApi()
    fake.getInfo.mockResolvedValue(errorResult('internal', 'main is unwell'))
    const store = createWizardStore({ api: fake.api })
    await store.getState().loadAppInfo()
    expect(store.getState().asOf).toBe(BUILT_IN_PACK.asOf)
    expect(store.getState().appInfoError).toBe('main is unwell')
  })

  it('ignores an as-of value that is not a calendar date', () => {
    const store = createWizardStore({ api: createFakeApi().api })
    store.getState().setAsOf('2026-09-29')
    store.getState().setAsOf('')
    store.getState().setAsOf('2026-02-30')
    expect(store.getState().asOf).toBe('2026-09-29')
  })
})
