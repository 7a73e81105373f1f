import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, IPC_CONTRACT } from '../../../shared/ipc/contract'
import { contextBridge, ipcRenderer } from '../../mocks/electron'

vi.mock('electron', () => import('../../mocks/electron'))

let exposed: Record<string, Record<string, (request?: unknown) => Promise<unknown>>>

beforeAll(async () => {
  await import('../../../electron/preload/index')
  const call = contextBridge.exposeInMainWorld.mock.calls[0]
  exposed = call?.[1] as typeof exposed
})

describe('preload', () => {
  it("exposes one object, as 'api', once", () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('api')
  })

  it('exposes exactly one named function per contract channel and nothing else', () => {
    const paths = Object.entries(exposed).flatMap(([namespace, group]) =>
      Object.entries(group).map(([method, value]) => [`${namespace}.${method}`, typeof value]),
    )
    const expected = CHANNELS.map((channel) => [IPC_CONTRACT[channel].api.join('.'), 'function'])
    expect(paths.sort()).toEqual(expected.sort())
  })

  it('exposes neither ipcRenderer nor a generic invoke', () => {
    const text = Object.keys(exposed).join(',') + Object.values(exposed).flatMap(Object.keys).join(',')
    expect(text).not.toMatch(/ipcRenderer|invoke|send|on\b/i)
  })

  it('forwards a call to its channel with the request', async () => {
    await exposed.link?.openExternal?.({ url: 'https://learn.microsoft.com/' })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('link:open-external', { url: 'https://learn.microsoft.com/' })
  })

  it('sends an empty request for a call without one', async () => {
    await exposed.app?.getInfo?.()
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('app:get-info', {})
  })
})
