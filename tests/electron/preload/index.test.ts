import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, IPC_CONTRACT } from '~shared/ipc/contract'
import { EVENT_NAMES, IPC_EVENTS } from '~shared/ipc/events'
import { contextBridge, ipcRenderer } from '~tests/mocks/electron'

vi.mock('electron', () => import('~tests/mocks/electron'))

let exposed: Record<string, Record<string, (argument?: unknown) => unknown>>

beforeAll(async () => {
  await import('~electron/preload/index')
  const call = contextBridge.exposeInMainWorld.mock.calls[0]
  exposed = call?.[1] as typeof exposed
})

function subscribeToProgress(listener: (payload: unknown) => void): () => void {
  return exposed.collector?.onProgress?.(listener) as () => void
}

describe('preload', () => {
  it("exposes one object, as 'api', once", () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('api')
  })

  it('exposes exactly one named function per contract channel and event, and nothing else', () => {
    const paths = Object.entries(exposed).flatMap(([namespace, group]) =>
      Object.entries(group).map(([method, value]) => [`${namespace}.${method}`, typeof value]),
    )
    const expected = [
      ...CHANNELS.map((channel) => [IPC_CONTRACT[channel].api.join('.'), 'function']),
      ...EVENT_NAMES.map((event) => [IPC_EVENTS[event].api.join('.'), 'function']),
    ]
    expect(paths.sort()).toEqual(expected.sort())
  })

  it('exposes neither ipcRenderer nor a generic invoke or listen', () => {
    const text = Object.keys(exposed).join(',') + Object.values(exposed).flatMap(Object.keys).join(',')
    expect(text).not.toMatch(/ipcRenderer|invoke|send|on\b|addListener|listen\b/i)
  })

  it('forwards a call to its channel with the request', async () => {
    await exposed.link?.openExternal?.({ url: 'https://learn.microsoft.com/' })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('link:open-external', { url: 'https://learn.microsoft.com/' })
  })

  it('sends an empty request for a call without one', async () => {
    await exposed.app?.getInfo?.()
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info', {})
  })

  it('passes a progress event’s payload to the listener, without Electron’s event object', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeToProgress(listener)
    ipcRenderer.emit('collector:progress', { sender: 'main' }, { line: 'Reading the registry' })
    expect(listener).toHaveBeenCalledExactlyOnceWith({ line: 'Reading the registry' })
    unsubscribe()
  })

  it('drops a progress payload outside its schema', () => {
    const listener = vi.fn()
    const unsubscribe = subscribeToProgress(listener)
    ipcRenderer.emit('collector:progress', {}, { line: 'x'.repeat(5000) })
    ipcRenderer.emit('collector:progress', {}, { line: 'ok', extra: true })
    expect(listener).not.toHaveBeenCalled()
    unsubscribe()
  })

  it('stops passing events on once unsubscribed', () => {
    const listener = vi.fn()
    subscribeToProgress(listener)()
    ipcRenderer.emit('collector:progress', {}, { line: 'late' })
    expect(listener).not.toHaveBeenCalled()
    expect(ipcRenderer.listeners.get('collector:progress') ?? []).toHaveLength(0)
  })
})
