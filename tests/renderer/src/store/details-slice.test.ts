import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { ANSWERED_IN_WIZARD } from '~renderer/store/details-slice'
import { createFakeApi } from '~tests/renderer/support/fake-api'

function storeWithTypedVersion() {
  const fake = createFakeApi()
  const store = createWizardStore({ api: fake.api })
  store.getState().setTypedFacts({ version: '2.5.79.0' })
  return { fake, store }
}

describe('details slice: typing', () => {
  it('puts a valid typed version into the document, marked as typed in', () => {
    const { store } = storeWithTypedVersion()
    expect(store.getState().details.connect?.version).toBe('2.5.79.0')
    expect(store.getState().provenance).toEqual({ default: 'typed in', fields: { 'connect.version': 'typed in' } })
  })

  it('keeps a malformed version as text with an inline error, and treats the fact as unknown', () => {
    const { store } = storeWithTypedVersion()
    store.getState().setTypedFacts({ version: '2.5.79' })
    expect(store.getState().typedFacts.version).toBe('2.5.79')
    expect(store.getState().inputErrors.version).toMatch(/four parts/)
    expect(store.getState().details.connect?.version).toBeUndefined()
  })

  it('clears the error once the text parses again', () => {
    const { store } = storeWithTypedVersion()
    store.getState().setTypedFacts({ version: '2.5' })
    store.getState().setTypedFacts({ version: '2.5.79.0' })
    expect(store.getState().inputErrors).toEqual({})
  })

  it('treats an emptied field as unknown', () => {
    const { store } = storeWithTypedVersion()
    store.getState().setTypedFacts({ version: '' })
    expect(store.getState().details.connect?.version).toBeUndefined()
    expect(store.getState().inputErrors).toEqual({})
  })

  it('stores numeric fields as numbers', () => {
    const { store } = storeWithTypedVersion()
    store.getState().setTypedFacts({ osBuild: '20348', dotnetRelease: '528449' })
    expect(store.getState().details.server?.os?.build).toBe(20348)
    expect(store.getState().details.dotnet?.release).toBe(528449)
  })

  it('types yes/no, choices and a TLS value that is not set', () => {
    const { store } = storeWithTypedVersion()
    store.getState().setTypedFacts({ syncCycleEnabled: 'false', databaseKind: 'sql', tlsClientEnabled: 'absent', passwordWriteback: 'true' })
    const { connect, tls12 } = store.getState().details
    expect(connect).toMatchObject({ syncCycleEnabled: false, database: { kind: 'sql' }, features: { passwordWriteback: true } })
    expect(tls12?.schannelClient).toEqual({ Enabled: null })
  })

  it('ignores a field the form does not have', () => {
    const { store } = storeWithTypedVersion()
    const before = store.getState().details
    store.getState().setTypedFacts({ ['__proto__' as 'version']: '1' })
    expect(store.getState().details).toEqual(before)
  })
})

describe('details slice: answers from other steps', () => {
  it('sets an answered fact with its source, and removes it on "I don\'t know"', () => {
    const store = createWizardStore({ api: createFakeApi().api })
    store.getState().answerFact('connect.forestCount', 2, ANSWERED_IN_WIZARD)
    expect(store.getState().details.connect?.forestCount).toBe(2)
    expect(store.getState().provenance.fields?.['connect.forestCount']).toBe('answered in the wizard')
    store.getState().answerFact('connect.forestCount', undefined, ANSWERED_IN_WIZARD)
    expect(store.getState().details.connect?.forestCount).toBeUndefined()
    expect(store.getState().provenance.fields?.['connect.forestCount']).toBeUndefined()
  })

  it('keeps answers as their own layer beside the typed facts', () => {
    const { store } = storeWithTypedVersion()
    store.getState().answerFact('connect.features.groupWriteback', true, 'Cloud Sync step')
    expect(store.getState().answers['connect.features.groupWriteback']).toMatchObject({ value: true, source: 'Cloud Sync step' })
    expect(store.getState().details.connect).toMatchObject({ version: '2.5.79.0', features: { groupWriteback: true } })
  })

  it('lets an answer replace what was typed in the same field, without a conflict', () => {
    const { store } = storeWithTypedVersion()
    store.getState().setTypedFacts({ forestCount: '1' })
    store.getState().answerFact('connect.forestCount', 3, ANSWERED_IN_WIZARD)
    expect(store.getState().details.connect?.forestCount).toBe(3)
    expect(store.getState().typedFacts.forestCount).toBeUndefined()
    expect(store.getState().conflicts).toEqual([])
  })

  it('lets typing replace an earlier answer in the same field, without a conflict', () => {
    const { store } = storeWithTypedVersion()
    store.getState().answerFact('connect.forestCount', 3, ANSWERED_IN_WIZARD)
    store.getState().setTypedFacts({ forestCount: '2' })
    expect(store.getState().details.connect?.forestCount).toBe(2)
    expect(store.getState().answers).toEqual({})
    expect(store.getState().conflicts).toEqual([])
  })
})
