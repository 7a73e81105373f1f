/**
 * The main process: app lifecycle only. One instance, one window, guarded IPC, the menu.
 *
 * The window opens first: every IPC channel is registered before it, but the handlers, the
 * contract's schemas, the services and the rules they use are imported on the first request
 * (`lazy-dispatch.ts`), so none of them is loaded before `new BrowserWindow`.
 */
import { join } from 'node:path'
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron'
import { APP_INDEX_URL, APP_ROOT_URL, installAppProtocol, registerAppScheme } from './app-protocol'
import { openExternalLink } from './external-link'
import { createLazyDispatch } from './ipc/lazy-dispatch'
import { registerIpcHandlers } from './ipc/register'
import type { Dispatch } from './ipc/types'
import { buildMenuTemplate } from './menu'
import { contentSecurityPolicy, installSessionGuards } from './session-guards'
import { toDevServerUrl } from './url-policy'
import { createWindowOptions, installWebContentsGuards } from './window'

// Only a development build may load the dev server; a packaged app ignores the variable.
const devServerUrl = app.isPackaged ? undefined : toDevServerUrl(process.env.ELECTRON_RENDERER_URL)
const rendererFolder = join(app.getAppPath(), 'out', 'renderer')
// The renderer is served from app://renderer/ (app-protocol.ts), never from file://.
const appRootUrl = devServerUrl ?? APP_ROOT_URL
const navigationPolicy = { appRootUrl, openExternal: openExternalLink }

let mainWindow: BrowserWindow | undefined

function openLink(url: string): void {
  openExternalLink(url).catch(() => undefined)
}

function createMainWindow(): BrowserWindow {
  const preloadPath = join(app.getAppPath(), 'out', 'preload', 'index.cjs')
  const window = new BrowserWindow(createWindowOptions({ preloadPath, isPackaged: app.isPackaged }))
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => {
    mainWindow = undefined
  })
  const loaded = window.loadURL(devServerUrl ?? APP_INDEX_URL)
  loaded.catch((error: unknown) => console.error('The window could not load the app:', error))
  return window
}

/** The guarded dispatcher over Electron's deps: the handlers' chunks, imported on the first request. */
async function loadDispatcher(): Promise<Dispatch> {
  const [{ createDispatcher }, { createMainDeps }] = await Promise.all([import('./ipc/dispatch'), import('./main-deps')])
  return createDispatcher(createMainDeps({ appRootUrl, getWindow: () => mainWindow }), {
    validateResponses: !app.isPackaged,
    onError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
  })
}

function focusMainWindow(): void {
  if (mainWindow === undefined) {
    return
  }
  if (mainWindow.isMinimized()) {
    mainWindow.restore()
  }
  mainWindow.focus()
}

async function start(): Promise<void> {
  const sessionPolicy = { appRootUrl, allowDevTools: !app.isPackaged, isDevelopment: devServerUrl !== undefined }
  installAppProtocol(session.defaultSession.protocol, rendererFolder, contentSecurityPolicy(sessionPolicy))
  installSessionGuards(session.defaultSession, sessionPolicy)
  registerIpcHandlers(
    ipcMain,
    createLazyDispatch(loadDispatcher, (error) => console.error('The IPC handlers could not load:', error)),
  )
  mainWindow = createMainWindow()
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, openLink })),
  )
}

if (app.requestSingleInstanceLock()) {
  // Every renderer sandboxed, whatever its options say.
  app.enableSandbox()
  // Before ready, as Electron requires: the scheme the renderer is served from.
  registerAppScheme(protocol)
  app.on('web-contents-created', (_event, contents) => installWebContentsGuards(contents, navigationPolicy))
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit()
    }
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createMainWindow()
    }
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('The app could not start:', error)
      app.quit()
    })
} else {
  app.quit()
}
