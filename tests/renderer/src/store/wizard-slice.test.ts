import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { createFakeApi } from '~tests/renderer/support/fake-api'

function newStore() {
  return createWizardStore({ api: createFakeApi().api })
}

describe('wizard slice', () => {
  it('starts on the install-details step', () => {
    expect(newStore().getState().step).toBe('details')
  })

  it('goes to a named step', () => {
    const store = newStore()
    store.getState().goTo('staging')
    expect(store.getState().step).toBe('staging')
  })

  it('walks forward with next and back with back', () => {
    const store = newStore()
    store.getState().next()
    store.getState().next()
    expect(store.getState().step).toBe('prerequisites')
    store.getState().back()
    expect(store.getState().step).toBe('version')
  })

  it('stays on the first step when going back from it', () => {
    const store = newStore()
    store.getState().back()
    expect(store.getState().step).toBe('details')
  })

  it('stays on the summary when going next from it', () => {
    const store = newStore()
    store.getState().goTo('summary')
    store.getState().next()
    expect(store.getState().step).toBe('summary')
  })
})
