/**
 * Main restarting a handler: while a channel has no handler, `ipcRenderer.invoke` rejects with
 * "No handler registered". The renderer shows the error, keeps the user's data, and works again
 * once the handler is back.
 */
import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { createFakeApi, okResult } from '~tests/renderer/support/fake-api'

const NO_HANDLER = (channel: string) => new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`)

describe('the renderer while main restarts a handler', () => {
  it('keeps typed facts when opening a file fails, and opens the file once the handler is back', async () => {
    const fake = createFakeApi()
    const store = createWizardStore({ api: fake.api })
    store.getState().setTypedFacts({ version: '2.4.27.0' })
    fake.openFile.mockRejectedValueOnce(NO_HANDLER('details:open-file'))
    await store.getState().openFile()
    expect(store.getState().importError).toMatch(/could not be opened.*No handler registered/)
    expect(store.getState().details.connect?.version).toBe('2.4.27.0')

    fake.openFile.mockResolvedValueOnce(
      okResult({
        status: 'opened' as const,
        fileName: 'AADC01.json',
        encoding: 'utf-8' as const,
        format: 'install-details-json' as const,
        facts: [{ path: 'server.name', value: 'AADC01' }],
        notes: [],
      }),
    )
    await store.getState().openFile()
    expect(store.getState().details.server?.name).toBe('AADC01')
    expect(store.getState().details.connect?.version).toBe('2.4.27.0')
  })

  it('falls back to the rule pack date when app info fails, and takes main’s today when it answers again', async () => {
    const fake = createFakeApi()
    const store = createWizardStore({ api: fake.api })
    fake.getInfo.mockRejectedValueOnce(NO_HANDLER('app:get-info'))
    await store.getState().loadAppInfo()
    expect(store.getState().appInfoError).toMatch(/No handler registered/)
    expect(store.getState().asOf).toBeDefined()
    await store.getState().loadAppInfo()
    expect(store.getState().appInfoError).toBeUndefined()
    expect(store.getState().appInfo?.today).toBe('2026-11-26')
  })

  it('reports a failed copy as not copied, and copies once the handler is back', async () => {
    const fake = createFakeApi()
    const store = createWizardStore({ api: fake.api })
    fake.writeText.mockRejectedValueOnce(NO_HANDLER('clipboard:write-text'))
    expect(await store.getState().copyText('Get-ADSyncScheduler')).toBe(false)
    expect(await store.getState().copyText('Get-ADSyncScheduler')).toBe(true)
  })
})
