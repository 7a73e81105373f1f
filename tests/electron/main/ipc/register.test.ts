import type { IpcMain } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { registerIpcHandlers, toSenderInfo } from '~electron/main/ipc/register'
import type { Dispatch } from '~electron/main/ipc/types'
import { CHANNELS } from '~shared/ipc/contract'
import { ipcMain } from '~tests/mocks/electron'

const MAIN_FRAME = { url: 'file:///app/out/renderer/index.html' }

function register() {
  ipcMain.handle.mockClear()
  const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: {} }))
  const unregister = registerIpcHandlers(ipcMain as unknown as IpcMain, dispatch)
  const listeners = new Map(ipcMain.handle.mock.calls.map(([channel, listener]) => [channel, listener as (...args: unknown[]) => unknown]))
  return { dispatch, unregister, listeners }
}

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = register()
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it("passes the channel, the request and the sender's frame to the dispatcher", async () => {
    const { dispatch, listeners } = register()
    const event = { senderFrame: MAIN_FRAME, sender: { mainFrame: MAIN_FRAME } }
    await listeners.get('link:open-external')?.(event, { url: 'https://learn.microsoft.com/' })
    expect(dispatch).toHaveBeenCalledWith('link:open-external', { url: 'https://learn.microsoft.com/' }, { url: MAIN_FRAME.url, isMainFrame: true })
  })

  it('removes every handler again', () => {
    ipcMain.removeHandler.mockClear()
    register().unregister()
    expect(ipcMain.removeHandler.mock.calls.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort())
  })
})

describe('toSenderInfo', () => {
  it('marks a subframe as not the main frame', () => {
    const frame = { url: 'file:///app/out/renderer/index.html' }
    const info = toSenderInfo({ senderFrame: frame, sender: { mainFrame: MAIN_FRAME } } as never)
    expect(info).toEqual({ url: frame.url, isMainFrame: false })
  })

  it('treats a destroyed frame as an empty URL that is not the main frame', () => {
    expect(toSenderInfo({ senderFrame: null, sender: { mainFrame: MAIN_FRAME } } as never)).toEqual({ url: '', isMainFrame: false })
  })
})
