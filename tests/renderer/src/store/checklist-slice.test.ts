import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { createFakeApi } from '~tests/renderer/support/fake-api'

function newStore() {
  return createWizardStore({ api: createFakeApi().api })
}

describe('checklist slice', () => {
  it('starts with nothing ticked', () => {
    expect(newStore().getState().ticks).toEqual({})
  })

  it('keeps ticks in one plain record keyed by item id', () => {
    const store = newStore()
    store.getState().setTick('export-configuration', true)
    store.getState().setTick('check-version', true)
    expect(store.getState().ticks).toEqual({ 'export-configuration': true, 'check-version': true })
  })

  it('drops an item from the record when it is unticked', () => {
    const store = newStore()
    store.getState().setTick('export-configuration', true)
    store.getState().setTick('export-configuration', false)
    expect(store.getState().ticks).toEqual({})
  })

  it('clears every tick', () => {
    const store = newStore()
    store.getState().setTick('a', true)
    store.getState().clearTicks()
    expect(store.getState().ticks).toEqual({})
  })
})
