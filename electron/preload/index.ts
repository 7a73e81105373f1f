/**
 * The preload: exposes `window.api`, named functions built from the IPC contract and its events
 * table. Nothing else: no `ipcRenderer`, no generic invoke or listen, which would let the page reach
 * any channel.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildApi } from '~shared/ipc/api'

contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    (channel, request) => ipcRenderer.invoke(channel, request),
    (event, listener) => {
      // The page's listener never sees Electron's event object (it holds the sender).
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(event, forward)
      return () => {
        ipcRenderer.removeListener(event, forward)
      }
    },
  ),
)
