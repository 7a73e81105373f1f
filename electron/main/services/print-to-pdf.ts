/**
 * The HTML report printed to PDF by Chromium in main: a hidden, locked-down window loads the report
 * from a private temporary file, prints it, and in every outcome the window is destroyed and the
 * file removed.
 *
 * Why a temporary file and `loadFile`, not a `data:` URL: Chromium refuses URLs over 2 MB
 * (`url::kMaxURLChars`), and a fleet report passes that; and the print window's session lets
 * exactly the files in the print's own folder load, where a `data:` document would need `data:`
 * allowed wholesale. The folder comes from `mkdtemp` (this user only), so nothing else can plant or
 * read the file. Electron's own parts come through the {@link PrintElectron} seam
 * (print-electron.ts is the real one), so this runs in tests without Electron.
 *
 * https://www.electronjs.org/docs/latest/api/web-contents#contentsprinttopdfoptions
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron'
import fsp from 'node:fs/promises'
import { join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { denyPermissionCheck, denyPermissionRequest } from '../session-guards'
import { withPrivateTempFolder } from './private-temp-folder'

/** The print window's session: no `persist:` prefix, so it lives in memory only and shares nothing with the app's. */
export const PRINT_PARTITION = 'entra-readiness-print'

/** How long loading and printing one report may take before it is given up. */
export const PRINT_TIMEOUT_MS = 30_000

/** The name of the report's temporary file inside the print's private folder. */
export const PRINT_FILE_NAME = 'report.html'

const MM_PER_INCH = 25.4

/**
 * What Chromium is asked for: A4, the report's colours (badges, status bars) kept, and margins equal
 * to the report's own `@page` rule (14 mm top and bottom, 12 mm at the sides) so either wins alike.
 */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  margins: { top: 14 / MM_PER_INCH, bottom: 14 / MM_PER_INCH, left: 12 / MM_PER_INCH, right: 12 / MM_PER_INCH },
  generateDocumentOutline: true,
  generateTaggedPDF: true,
}

/**
 * The hidden window's options: never shown, sandboxed, isolated, no Node, no preload, no
 * JavaScript at all (the report has none), web security on, in its own in-memory session.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    focusable: false,
    skipTaskbar: true,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    },
  }
}

/** An event a guard may cancel. */
export interface PreventableEvent {
  preventDefault(): void
}

/** What the printer needs of a hidden window. */
export interface PrintWindow {
  /** Loads a local file (Electron's `loadFile`); rejects when it does not load. */
  loadFile(path: string): Promise<void>
  /** Prints the loaded page (`webContents.printToPDF`). */
  printToPdf(options: PrintToPDFOptions): Promise<Uint8Array>
  /** Calls `listener` before the page navigates, is redirected or attaches a webview. */
  onBeforeLeaving(listener: (event: PreventableEvent) => void): void
  /** Decides every `window.open` and target=_blank link. */
  setWindowOpenHandler(handler: () => { action: 'deny' }): void
  /** Calls `listener` with the reason when the window's renderer process ends (crashed, killed, out of memory). */
  onRendererGone(listener: (reason: string) => void): void
  /** Closes the window at once; safe to call twice. */
  destroy(): void
}

/** What the printer needs of the print partition's session. */
export interface PrintSession {
  setPermissionRequestHandler(handler: typeof denyPermissionRequest): void
  setPermissionCheckHandler(handler: typeof denyPermissionCheck): void
  /** Electron's `webRequest.onBeforeRequest`, the one listener of the session. */
  onBeforeRequest(listener: (details: { readonly url: string }, callback: (response: { cancel: boolean }) => void) => void): void
}

/** The parts of Electron the printer uses: a seam, so tests can pass a fake. */
export interface PrintElectron {
  /** Creates a window with `options` (hidden: `show` is false). */
  createWindow(options: BrowserWindowConstructorOptions): PrintWindow
  /** The session of {@link PRINT_PARTITION}. */
  printSession(): PrintSession
}

/** What the printer is built from. */
export interface PdfPrinterInput {
  readonly electron: PrintElectron
  /** {@link PRINT_TIMEOUT_MS} unless set. */
  readonly timeoutMs?: number
  /** Where the private folders are made: the OS temp folder unless set. */
  readonly tempParent?: string
}

/** Prints an HTML document to PDF bytes; rejects with a message a person can read. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>

function isInside(path: string, folder: string, isWindows: boolean): boolean {
  const prefix = folder.endsWith(sep) ? folder : `${folder}${sep}`
  return isWindows ? path.toLowerCase().startsWith(prefix.toLowerCase()) : path.startsWith(prefix)
}

/**
 * True when the print window may load `url`: a `file:` URL inside one of `folders` (the private
 * folders of the prints in progress). Everything else, above all the network, is refused.
 */
export function isAllowedPrintRequest(url: string, folders: ReadonlySet<string>, isWindows: boolean = process.platform === 'win32'): boolean {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'file:' || parsed.host !== '') {
      return false
    }
    const path = normalize(fileURLToPath(parsed))
    return [...folders].some((folder) => isInside(path, normalize(folder), isWindows))
  } catch {
    return false
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.length > 400 ? `${text.slice(0, 400)}…` : text
}

function installSessionGuards(session: PrintSession, folders: ReadonlySet<string>): void {
  session.setPermissionRequestHandler(denyPermissionRequest)
  session.setPermissionCheckHandler(denyPermissionCheck)
  session.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequest(details.url, folders) }))
}

async function loadAndPrint(window: PrintWindow, path: string): Promise<Uint8Array> {
  try {
    await window.loadFile(path)
  } catch (error) {
    throw new Error(`the report did not load in the print window (${describeError(error)})`, { cause: error })
  }
  const bytes = await window.printToPdf(PDF_OPTIONS).catch((error: unknown) => {
    throw new Error(`Chromium could not print the report (${describeError(error)})`, { cause: error })
  })
  if (bytes.byteLength === 0) {
    throw new Error('Chromium returned an empty document')
  }
  return bytes
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`printing took longer than ${timeoutMs / 1000} seconds`)), timeoutMs)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

function openGuardedWindow(electron: PrintElectron): PrintWindow {
  const window = electron.createWindow(printWindowOptions())
  window.onBeforeLeaving((event) => event.preventDefault())
  window.setWindowOpenHandler(() => ({ action: 'deny' }))
  return window
}

/**
 * Builds the printer. Each call writes the HTML to a new private folder, loads it in a new hidden
 * window, prints it, and destroys the window before the folder is removed, whatever happened.
 */
export function createPdfPrinter(input: PdfPrinterInput): PdfPrinter {
  const timeoutMs = input.timeoutMs ?? PRINT_TIMEOUT_MS
  const folders = new Set<string>()
  let isGuarded = false
  return (html) =>
    withPrivateTempFolder(async (folder) => {
      if (!isGuarded) {
        // Lazily: Electron's sessions exist only once the app is ready, and most runs never print.
        installSessionGuards(input.electron.printSession(), folders)
        isGuarded = true
      }
      const path = join(folder, PRINT_FILE_NAME)
      await fsp.writeFile(path, html, { encoding: 'utf8', flag: 'wx', mode: 0o600 })
      folders.add(folder)
      const window = openGuardedWindow(input.electron)
      // A renderer that dies while printing is said at once, not 30 seconds later as a timeout.
      const gone = new Promise<never>((_resolve, reject) =>
        window.onRendererGone((reason) => reject(new Error(`the print window's renderer stopped (${reason})`))),
      )
      gone.catch(() => undefined)
      try {
        return await withTimeout(Promise.race([loadAndPrint(window, path), gone]), timeoutMs)
      } finally {
        window.destroy()
        folders.delete(folder)
      }
    }, input.tempParent)
}
