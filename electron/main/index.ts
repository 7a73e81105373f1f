/**
 * The main process: app lifecycle only. One instance, one window, guarded IPC, the menu.
 */
import { join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron'
import { createDispatcher } from './ipc/dispatch'
import { registerIpcHandlers } from './ipc/register'
import { createMainDeps, openExternalLink } from './main-deps'
import { buildMenuTemplate } from './menu'
import { installSessionGuards } from './session-guards'
import { toDevServerUrl } from './url-policy'
import { createWindowOptions, installWebContentsGuards } from './window'

// Only a development build may load the dev server; a packaged app ignores the variable.
const devServerUrl = app.isPackaged ? undefined : toDevServerUrl(process.env.ELECTRON_RENDERER_URL)
const rendererFolder = join(app.getAppPath(), 'out', 'renderer')
const appRootUrl = devServerUrl ?? pathToFileURL(rendererFolder + sep).href
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
  const loaded = devServerUrl === undefined ? window.loadFile(join(rendererFolder, 'index.html')) : window.loadURL(devServerUrl)
  loaded.catch((error: unknown) => console.error('The window could not load the app:', error))
  return window
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
  installSessionGuards(session.defaultSession, {
    appRootUrl,
    allowDevTools: !app.isPackaged,
    isDevelopment: devServerUrl !== undefined,
  })
  const deps = createMainDeps({ appRootUrl, getWindow: () => mainWindow })
  registerIpcHandlers(
    ipcMain,
    createDispatcher(deps, {
      validateResponses: !app.isPackaged,
      onError: (channel, error) => console.error(`IPC ${channel} failed:`, error),
    }),
  )
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, openLink })),
  )
  mainWindow = createMainWindow()
}

if (app.requestSingleInstanceLock()) {
  // Every renderer sandboxed, whatever its options say.
  app.enableSandbox()
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
