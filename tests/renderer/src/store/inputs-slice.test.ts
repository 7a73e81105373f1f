import { describe, expect, it, vi } from 'vitest'
import { MAX_INPUT_BYTES } from '~shared/import/input-messages'
import type { OpenFileValue } from '~shared/ipc/contract'
import { createWizardStore } from '~renderer/store'
import { createFakeApi, errorResult, okResult } from '~tests/renderer/support/fake-api'

const OPENED: OpenFileValue = {
  status: 'opened',
  fileName: 'AADC01.json',
  encoding: 'utf-8',
  format: 'install-details-json',
  facts: [
    { path: 'server.name', value: 'AADC01' },
    { path: 'connect.version', value: '2.4.27.0' },
    { path: 'connect.syncCycleEnabled', value: true },
  ],
  notes: [],
}

const SCHEDULER = [
  'AllowedSyncCycleInterval            : 00:30:00',
  'CurrentlyEffectiveSyncCycleInterval : 00:30:00',
  'SyncCycleEnabled                    : False',
  'StagingModeEnabled                  : True',
].join('\r\n')

function setup() {
  const fake = createFakeApi()
  const store = createWizardStore({ api: fake.api })
  return { fake, store }
}

function droppedFile(name: string, bytes: Uint8Array, size = bytes.length) {
  return { name, size, arrayBuffer: vi.fn(async () => bytes.slice().buffer) }
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let index = 0; index < text.length; index += 1) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 0xff
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8
  }
  return bytes
}

describe('inputs slice: opening a file through main', () => {
  it('adds the file as an input whose facts fill the document, the file named as their source', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValue(okResult(OPENED))
    await store.getState().openFile()
    const state = store.getState()
    expect(state.inputs).toMatchObject([{ source: 'AADC01.json', origin: 'opened', format: 'install-details-json', facts: OPENED.facts }])
    expect(state.details.connect).toEqual({ version: '2.4.27.0', syncCycleEnabled: true })
    expect(state.provenance.fields?.['connect.version']).toBe('AADC01.json')
    expect(state.lastImport).toEqual({ source: 'AADC01.json', serverName: 'AADC01', factCount: 3 })
  })

  it('shows main’s error and keeps everything entered before', async () => {
    const { fake, store } = setup()
    store.getState().setTypedFacts({ version: '2.5.79.0' })
    const before = store.getState()
    fake.openFile.mockResolvedValue(errorResult('invalid-json', 'broken.json: the JSON ends early. Export it again from the collector.'))
    await store.getState().openFile()
    const after = store.getState()
    expect(after.importError).toBe('broken.json: the JSON ends early. Export it again from the collector.')
    expect(after.details).toBe(before.details)
    expect(after.inputs).toBe(before.inputs)
    expect(after.isOpeningFile).toBe(false)
  })

  it('changes nothing when the dialog is canceled', async () => {
    const { store } = setup()
    const before = store.getState()
    await store.getState().openFile()
    expect(store.getState().details).toBe(before.details)
    expect(store.getState().importError).toBeUndefined()
  })

  it('turns a failed call into a message instead of throwing', async () => {
    const { fake, store } = setup()
    fake.openFile.mockRejectedValue(new Error('IPC is down'))
    await store.getState().openFile()
    expect(store.getState().importError).toMatch(/IPC is down/)
  })

  it('clears an earlier error after a successful open', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValueOnce(errorResult('invalid-json', 'broken')).mockResolvedValueOnce(okResult(OPENED))
    await store.getState().openFile()
    await store.getState().openFile()
    expect(store.getState().importError).toBeUndefined()
  })

  it('names the same file opened twice apart', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValue(okResult(OPENED))
    await store.getState().openFile()
    await store.getState().openFile()
    expect(store.getState().inputs.map((input) => input.source)).toEqual(['AADC01.json', 'AADC01.json (2)'])
  })
})

describe('inputs slice: merging, conflicts and removing', () => {
  it('merges a later input over an earlier one and shows where they disagree', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValue(okResult(OPENED))
    await store.getState().openFile()
    store.getState().pasteText(SCHEDULER)
    const state = store.getState()
    expect(state.details.connect).toMatchObject({ version: '2.4.27.0', syncCycleEnabled: false, stagingModeEnabled: true })
    expect(state.conflicts).toEqual([
      {
        path: 'connect.syncCycleEnabled',
        values: [{ value: true, from: 'AADC01.json' }, { value: false, from: 'pasted text line 3' }],
        inUse: 'pasted text line 3',
        isChosen: false,
      },
    ])
  })

  it('lets the user choose the earlier value, which then wins', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValue(okResult(OPENED))
    await store.getState().openFile()
    store.getState().pasteText(SCHEDULER)
    store.getState().chooseConflictValue('connect.syncCycleEnabled', 'AADC01.json')
    expect(store.getState().details.connect?.syncCycleEnabled).toBe(true)
    expect(store.getState().conflicts[0]).toMatchObject({ inUse: 'AADC01.json', isChosen: true })
    expect(store.getState().provenance.fields?.['connect.syncCycleEnabled']).toBe('AADC01.json (chosen by you)')
  })

  it('removes an input and merges again without it', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValue(okResult(OPENED))
    await store.getState().openFile()
    store.getState().pasteText(SCHEDULER)
    const pasted = store.getState().inputs[1]?.id ?? ''
    store.getState().removeInput(pasted)
    expect(store.getState().inputs.map((input) => input.source)).toEqual(['AADC01.json'])
    expect(store.getState().details.connect?.syncCycleEnabled).toBe(true)
    expect(store.getState().conflicts).toEqual([])
  })
})

describe('inputs slice: dropping a file', () => {
  it('refuses an oversized file at once, with its size and the limit, without reading it', async () => {
    const { store } = setup()
    const file = droppedFile('huge.json', new Uint8Array(0), 6 * 1024 * 1024)
    await store.getState().dropFile(file)
    expect(file.arrayBuffer).not.toHaveBeenCalled()
    expect(store.getState().importError).toMatch(/^huge\.json: the file is 6 MB, over the 5 MB limit for install details\. /)
    expect(MAX_INPUT_BYTES).toBe(5 * 1024 * 1024)
  })

  it('reads a UTF-16LE file with BOM (what Out-File writes)', async () => {
    const { store } = setup()
    await store.getState().dropFile(droppedFile('scheduler.txt', utf16le(SCHEDULER)))
    expect(store.getState().inputs).toMatchObject([{ source: 'scheduler.txt', origin: 'dropped', format: 'get-adsyncscheduler' }])
    expect(store.getState().details.connect?.stagingModeEnabled).toBe(true)
  })

  it('refuses a binary file, naming it and saying what to do, and keeps what was there', async () => {
    const { store } = setup()
    store.getState().setTypedFacts({ version: '2.5.79.0' })
    await store.getState().dropFile(droppedFile('photo.bin', new Uint8Array([0x89, 0x50, 0x00, 0x01])))
    expect(store.getState().importError).toMatch(/^photo\.bin: it contains binary data.*Choose the install-details JSON file/)
    expect(store.getState().details.connect?.version).toBe('2.5.79.0')
  })

  it('names a dropped file that cannot be read', async () => {
    const { store } = setup()
    const file = { name: 'gone.json', size: 10, arrayBuffer: vi.fn(async () => Promise.reject(new Error('NotReadableError'))) }
    await store.getState().dropFile(file)
    expect(store.getState().importError).toMatch(/^gone\.json could not be read: NotReadableError/)
  })
})

describe('inputs slice: pasting text', () => {
  it('imports pasted scheduler output with "pasted text" as its source', () => {
    const { store } = setup()
    expect(store.getState().pasteText(SCHEDULER)).toBe(true)
    expect(store.getState().inputs).toMatchObject([{ source: 'pasted text', origin: 'pasted', format: 'get-adsyncscheduler' }])
    expect(store.getState().provenance.fields?.['connect.syncCycleEnabled']).toBe('pasted text line 3')
  })

  it('names "pasted text" when the text is no format the app reads', () => {
    const { store } = setup()
    expect(store.getState().pasteText('hello world')).toBe(false)
    expect(store.getState().importError).toMatch(/^pasted text: this is not a format the app reads\./)
  })

  it('says there is nothing to read when the box is empty', () => {
    const { store } = setup()
    expect(store.getState().pasteText('  \n')).toBe(false)
    expect(store.getState().importError).toMatch(/^pasted text: there is nothing to read/)
  })

  it('says a pasted JSON is cut short, and what to do', () => {
    const { store } = setup()
    store.getState().pasteText('{"kind": "entra-connect-install-details", "schemaVersion": 1, "connect": {')
    expect(store.getState().importError).toMatch(/^pasted text: the JSON ends early.*Export it again from the collector\./)
  })
})

describe('inputs slice: a file from another server', () => {
  const OTHER: OpenFileValue = { ...OPENED, fileName: 'AADC02.json', facts: [{ path: 'server.name', value: 'AADC02' }, { path: 'connect.version', value: '2.5.3.0' }] }

  it('holds back a second collector document of another server and says so, instead of conflicts', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValueOnce(okResult(OPENED)).mockResolvedValueOnce(okResult(OTHER))
    await store.getState().openFile()
    await store.getState().openFile()
    const state = store.getState()
    expect(state.inputs).toHaveLength(1)
    expect(state.conflicts).toEqual([])
    expect(state.otherServerInput?.message).toBe('This file is from another server (AADC02, not AADC01).')
  })

  it('adds it anyway when the user says so (then the fields disagree), or drops it on cancel', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValueOnce(okResult(OPENED)).mockResolvedValueOnce(okResult(OTHER)).mockResolvedValueOnce(okResult(OTHER))
    await store.getState().openFile()
    await store.getState().openFile()
    await store.getState().resolveOtherServer('cancel')
    expect(store.getState().inputs).toHaveLength(1)
    expect(store.getState().otherServerInput).toBeUndefined()
    await store.getState().openFile()
    await store.getState().resolveOtherServer('add')
    expect(store.getState().inputs.map((input) => input.source)).toEqual(['AADC01.json', 'AADC02.json'])
    expect(store.getState().conflicts.length).toBeGreaterThan(0)
  })

  it('opens it as a new assessment, the default offered', async () => {
    const { fake, store } = setup()
    fake.openFile.mockResolvedValueOnce(okResult(OPENED)).mockResolvedValueOnce(okResult(OTHER))
    await store.getState().openFile()
    await store.getState().openFile()
    await store.getState().resolveOtherServer('new')
    expect(store.getState().inputs.map((input) => input.source)).toEqual(['AADC02.json'])
    expect(store.getState().details.server?.name).toBe('AADC02')
  })
})
