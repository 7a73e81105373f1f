/**
 * The preload: exposes `window.api`, named functions built from the IPC contract. Nothing else:
 * no `ipcRenderer`, no generic invoke (style guide section 4).
 */
import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../../shared/ipc/api'

contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, request) => ipcRenderer.invoke(channel, request)),
)
