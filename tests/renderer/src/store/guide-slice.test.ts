import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { ROLE_LABELS, ROLES } from '~renderer/store/guide-slice'
import { createFakeApi } from '~tests/renderer/support/fake-api'

describe('guide slice', () => {
  it('starts with no role chosen', () => {
    expect(createWizardStore({ api: createFakeApi().api }).getState().role).toBeUndefined()
  })

  it('sets and changes the role', () => {
    const store = createWizardStore({ api: createFakeApi().api })
    store.getState().setRole('trainee')
    store.getState().setRole('consultant')
    expect(store.getState().role).toBe('consultant')
  })

  it('labels every role', () => {
    expect(ROLES.map((role) => ROLE_LABELS[role].label)).toEqual(['Admin on the server', 'Consultant', 'Trainee'])
  })
})
