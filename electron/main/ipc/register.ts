/**
 * Binds every contract channel to the dispatcher on Electron's `ipcMain`.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '~shared/ipc/contract'
import type { Dispatch, SenderInfo } from './types'

/** What the guard learns about the sending frame. */
export function toSenderInfo(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): SenderInfo {
  return {
    url: event.senderFrame?.url ?? '',
    isMainFrame: event.senderFrame === event.sender.mainFrame,
  }
}

/** Registers one `ipcMain.handle` per channel; returns a function that removes them again. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, request: unknown) => dispatch(channel, request, toSenderInfo(event)))
  }
  return () => {
    for (const channel of CHANNELS) {
      ipcMain.removeHandler(channel)
    }
  }
}
