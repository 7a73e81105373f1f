import { describe, expect, it } from 'vitest'
import type { OpenFileValue } from '../../../../shared/ipc/contract'
import { emptyInstallDetails, type InstallDetails } from '../../../../shared/types/install-details'
import { createWizardStore } from '../../../../renderer/src/store'
import { createFakeApi, errorResult, okResult } from '../../support/fake-api'

const FILE_DETAILS: InstallDetails = {
  ...emptyInstallDetails(),
  server: { name: 'AADC01', os: { build: 17763 } },
  connect: { version: '2.4.27.0', cloud: 'commercial', syncCycleEnabled: true },
  tls12: { netFx64: { SystemDefaultTlsVersions: 1, SchUseStrongCrypto: 1 } },
}

const OPENED: OpenFileValue = { status: 'opened', fileName: 'AADC01.json', encoding: 'utf-8', details: FILE_DETAILS }

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
})

describe('details slice: opening a file', () => {
  it('keeps the whole document, names its file as the source and fills the form', async () => {
    const { fake, store } = storeWithTypedVersion()
    fake.openFile.mockResolvedValue(okResult(OPENED))
    await store.getState().openFile()
    const state = store.getState()
    expect(state.details).toEqual(FILE_DETAILS)
    expect(state.provenance).toEqual({ default: 'AADC01.json' })
    expect(state.typedFacts).toMatchObject({ version: '2.4.27.0', cloud: 'commercial', osBuild: '17763', dotnetRelease: '' })
    expect(state.loadedFile).toEqual({ fileName: 'AADC01.json', serverName: 'AADC01' })
  })

  it('marks a field typed after opening as typed in, the rest still from the file', async () => {
    const { fake, store } = storeWithTypedVersion()
    fake.openFile.mockResolvedValue(okResult(OPENED))
    await store.getState().openFile()
    store.getState().setTypedFacts({ version: '2.5.79.0' })
    expect(store.getState().provenance).toEqual({ default: 'AADC01.json', fields: { 'connect.version': 'typed in' } })
    expect(store.getState().details.tls12).toEqual(FILE_DETAILS.tls12)
  })

  it('shows main’s error and keeps everything entered before', async () => {
    const { fake, store } = storeWithTypedVersion()
    const before = store.getState()
    fake.openFile.mockResolvedValue(errorResult('invalid-json', 'broken.json: the JSON ends early.'))
    await store.getState().openFile()
    const after = store.getState()
    expect(after.openFileError).toBe('broken.json: the JSON ends early.')
    expect(after.details).toBe(before.details)
    expect(after.typedFacts).toBe(before.typedFacts)
    expect(after.provenance).toBe(before.provenance)
    expect(after.isOpeningFile).toBe(false)
  })

  it('changes nothing when the dialog is canceled', async () => {
    const { fake, store } = storeWithTypedVersion()
    const before = store.getState()
    fake.openFile.mockResolvedValue(okResult({ status: 'canceled' }))
    await store.getState().openFile()
    const after = store.getState()
    expect(after.details).toBe(before.details)
    expect(after.openFileError).toBeUndefined()
    expect(after.loadedFile).toBeUndefined()
  })

  it('turns a failed call into a message instead of throwing', async () => {
    const { fake, store } = storeWithTypedVersion()
    fake.openFile.mockRejectedValue(new Error('IPC is down'))
    await store.getState().openFile()
    expect(store.getState().openFileError).toMatch(/IPC is down/)
    expect(store.getState().details.connect?.version).toBe('2.5.79.0')
  })

  it('clears an earlier error after a successful open', async () => {
    const { fake, store } = storeWithTypedVersion()
    fake.openFile.mockResolvedValueOnce(errorResult('invalid-json', 'broken')).mockResolvedValueOnce(okResult(OPENED))
    await store.getState().openFile()
    await store.getState().openFile()
    expect(store.getState().openFileError).toBeUndefined()
  })
})

describe('details slice: answers from other steps', () => {
  it('sets an answered fact with its source, and removes it on "I don\'t know"', () => {
    const store = createWizardStore({ api: createFakeApi().api })
    store.getState().answerFact('connect.forestCount', 2, 'answered in the wizard')
    expect(store.getState().details.connect?.forestCount).toBe(2)
    expect(store.getState().provenance.fields?.['connect.forestCount']).toBe('answered in the wizard')
    store.getState().answerFact('connect.forestCount', undefined, 'answered in the wizard')
    expect(store.getState().details.connect?.forestCount).toBeUndefined()
    expect(store.getState().provenance.fields?.['connect.forestCount']).toBeUndefined()
  })
})
