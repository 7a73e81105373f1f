/**
 * The renderer's ways in detect the format once per input: a dropped file (bytes) and pasted text
 * go through the one importer, and a file opened through main arrives as facts, detected there
 * (counted in tests/shared/intake/detect-once.test.ts) and not again here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { OpenFileValue } from '~shared/ipc/contract'
import { createFakeApi, okResult } from '~tests/renderer/support/fake-api'

const detections = vi.hoisted(() => ({ count: 0 }))

vi.mock('~shared/import/text-forms/detect-format', async (importOriginal) => {
  const original = await importOriginal<typeof import('~shared/import/text-forms/detect-format')>()
  return {
    ...original,
    detectFormat: (text: string) => {
      detections.count += 1
      return original.detectFormat(text)
    },
  }
})

const SCHEDULER = ['AllowedSyncCycleInterval : 00:30:00', 'SyncCycleEnabled : False', 'StagingModeEnabled : True'].join('\r\n')
const DOCUMENT = JSON.stringify({ kind: 'entra-connect-install-details', schemaVersion: 1, server: { name: 'AADC01' }, connect: { version: '2.4.27.0' } })

/** The store over freshly loaded modules, so the checks it is given use the counted detector. */
async function setup() {
  vi.resetModules()
  const { provideChecks } = await import('~renderer/store/checks')
  const { DETAILS_CHECKS } = await import('~renderer/store/checks-module')
  const { createWizardStore } = await import('~renderer/store')
  provideChecks(DETAILS_CHECKS)
  const fake = createFakeApi()
  return { fake, store: createWizardStore({ api: fake.api }) }
}

function dropped(name: string, text: string) {
  const bytes = new TextEncoder().encode(text)
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer }
}

beforeEach(() => {
  detections.count = 0
})

describe('the renderer’s ways in', () => {
  it.each([
    ['a dropped install-details file', 'AADC01.json', DOCUMENT, 'install-details-json'],
    ['a dropped text form', 'scheduler.txt', SCHEDULER, 'get-adsyncscheduler'],
  ])('detect the format of %s once', async (_name, fileName, text, format) => {
    const { store } = await setup()
    await store.getState().dropFile(dropped(fileName, text))
    expect(store.getState().importError).toBeUndefined()
    expect(store.getState().inputs.map((input) => input.format)).toEqual([format])
    expect(detections.count).toBe(1)
  })

  it('detect the format of pasted text once', async () => {
    const { store } = await setup()
    expect(store.getState().pasteText(SCHEDULER)).toBe(true)
    expect(detections.count).toBe(1)
  })

  it('do not detect again a file main has read', async () => {
    const { fake, store } = await setup()
    const opened: OpenFileValue = { status: 'opened', fileName: 'AADC01.json', encoding: 'utf-8', format: 'install-details-json', facts: [{ path: 'server.name', value: 'AADC01' }], notes: [] }
    fake.openFile.mockResolvedValue(okResult(opened))
    await store.getState().openFile()
    expect(store.getState().inputs).toHaveLength(1)
    expect(detections.count).toBe(0)
  })
})
