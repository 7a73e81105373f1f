/**
 * The real {@link PrintElectron}: Electron's BrowserWindow and session behind the printer's seam.
 * Only wiring; the options and guards are decided in print-to-pdf.ts.
 */
import { BrowserWindow, session } from 'electron'
import { PRINT_PARTITION, type PreventableEvent, type PrintElectron, type PrintSession, type PrintWindow } from './print-to-pdf'

function wrapWindow(window: BrowserWindow): PrintWindow {
  const contents = window.webContents
  return {
    loadFile: (path) => window.loadFile(path),
    printToPdf: (options) => contents.printToPDF(options),
    onBeforeLeaving: (listener: (event: PreventableEvent) => void) => {
      contents.on('will-navigate', listener)
      contents.on('will-frame-navigate', listener)
      contents.on('will-redirect', listener)
      contents.on('will-attach-webview', listener)
    },
    setWindowOpenHandler: (handler) => contents.setWindowOpenHandler(handler),
    onRendererGone: (listener) => {
      contents.on('render-process-gone', (_event, details) => listener(details.reason))
    },
    destroy: () => {
      if (!window.isDestroyed()) {
        window.destroy()
      }
    },
  }
}

function wrapSession(): PrintSession {
  const printSession = session.fromPartition(PRINT_PARTITION)
  return {
    setPermissionRequestHandler: (handler) => printSession.setPermissionRequestHandler(handler),
    setPermissionCheckHandler: (handler) => printSession.setPermissionCheckHandler(handler),
    onBeforeRequest: (listener) => printSession.webRequest.onBeforeRequest(listener),
  }
}

/** Electron's parts for the printer (call only once the app is ready). */
export function createElectronPrintSeam(): PrintElectron {
  return {
    createWindow: (options) => wrapWindow(new BrowserWindow(options)),
    printSession: wrapSession,
  }
}
