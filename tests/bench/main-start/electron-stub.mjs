/**
 * The thinnest stand-in for Electron's main-process API: enough for the app's entry to start and
 * create its window. `new BrowserWindow(options)` records the moment and the options in
 * `globalThis.__benchMainStart` (set up by child.mjs); everything else accepts any call.
 */
import { performance } from 'node:perf_hooks'

/** An object that takes any property access or call and gives back another such object; never a thenable. */
function inert(name) {
  const target = function () {}
  return new Proxy(target, {
    get: (_target, property) => (property === 'then' ? undefined : property === Symbol.toPrimitive ? () => `[${name}]` : inert(`${name}.${String(property)}`)),
    apply: () => inert(`${name}()`),
    construct: () => inert(`new ${name}`),
  })
}

function record() {
  return globalThis.__benchMainStart ?? {}
}

/** `app`: a single instance, ready at once, packaged (the production path). */
export const app = new Proxy(
  {
    isPackaged: true,
    getAppPath: () => process.cwd(),
    getPath: () => process.cwd(),
    getVersion: () => '0.0.0-bench',
    getName: () => 'entra-connect-readiness',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    isReady: () => true,
    on: () => app,
    once: () => app,
    quit: () => undefined,
    enableSandbox: () => undefined,
  },
  { get: (target, property) => (property in target ? target[property] : inert(`app.${String(property)}`)) },
)

/** `BrowserWindow`: records when (and with what options) the first window is created. */
export class BrowserWindow {
  constructor(options) {
    const state = record()
    if (state.windowAt === undefined) {
      state.windowAt = performance.now()
      state.windowOptions = options
      state.syncCallsAtWindow = state.syncCalls?.length ?? 0
    }
    this.webContents = inert('webContents')
  }

  static getAllWindows() {
    return []
  }

  on() {
    return this
  }

  once() {
    return this
  }

  loadFile() {
    return Promise.resolve()
  }

  loadURL() {
    return Promise.resolve()
  }

  show() {}

  focus() {}

  restore() {}

  isMinimized() {
    return false
  }
}

/** Every other Electron main-process module, inert. */
export const autoUpdater = inert('autoUpdater')
export const BaseWindow = inert('BaseWindow')
export const BrowserView = inert('BrowserView')
export const clipboard = inert('clipboard')
export const contentTracing = inert('contentTracing')
export const crashReporter = inert('crashReporter')
export const desktopCapturer = inert('desktopCapturer')
export const dialog = inert('dialog')
export const globalShortcut = inert('globalShortcut')
export const ipcMain = inert('ipcMain')
export const Menu = inert('Menu')
export const MenuItem = inert('MenuItem')
export const MessageChannelMain = inert('MessageChannelMain')
export const nativeImage = inert('nativeImage')
export const nativeTheme = inert('nativeTheme')
export const net = inert('net')
export const Notification = inert('Notification')
export const powerMonitor = inert('powerMonitor')
export const powerSaveBlocker = inert('powerSaveBlocker')
export const protocol = inert('protocol')
export const safeStorage = inert('safeStorage')
export const screen = inert('screen')
export const session = inert('session')
export const shell = inert('shell')
export const systemPreferences = inert('systemPreferences')
export const Tray = inert('Tray')
export const utilityProcess = inert('utilityProcess')
export const webContents = inert('webContents')
export const WebContentsView = inert('WebContentsView')
export const webFrameMain = inert('webFrameMain')

