import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron'
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import {
  createPdfPrinter,
  isAllowedPrintRequest,
  PDF_OPTIONS,
  PRINT_FILE_NAME,
  PRINT_PARTITION,
  type PreventableEvent,
  type PrintElectron,
  type PrintWindow,
} from '~electron/main/services/print-to-pdf'
import { denyPermissionCheck, denyPermissionRequest } from '~electron/main/session-guards'
import { useTempFolder } from '~tests/mocks/temp-folder'

const parents = useTempFolder('print-to-pdf-')

const HTML = '<!doctype html><html><head><title>Report</title></head><body><h1>AADC01</h1></body></html>'
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n%%EOF\n')

type RequestListener = (details: { readonly url: string }, callback: (response: { cancel: boolean }) => void) => void

/** What the fake window does when loading and printing. */
interface Script {
  readonly load?: (path: string) => Promise<void>
  readonly print?: (window: FakePrintWindow) => Promise<Uint8Array>
}

/** A fake hidden window: records what it loaded (read from disk at load time), printed and whether it was destroyed. */
class FakePrintWindow implements PrintWindow {
  loadedPath = ''
  loadedHtml = ''
  loadedMode = 0
  printOptions: PrintToPDFOptions | undefined
  leavingListener: ((event: PreventableEvent) => void) | undefined
  openHandler: (() => { action: 'deny' }) | undefined
  readonly destroy = vi.fn()

  constructor(
    readonly options: BrowserWindowConstructorOptions,
    private readonly script: Script,
  ) {}

  async loadFile(path: string): Promise<void> {
    this.loadedPath = path
    this.loadedHtml = await fsp.readFile(path, 'utf8')
    this.loadedMode = (await fsp.stat(path)).mode & 0o777
    await this.script.load?.(path)
  }

  async printToPdf(options: PrintToPDFOptions): Promise<Uint8Array> {
    this.printOptions = options
    return this.script.print === undefined ? PDF : this.script.print(this)
  }

  onBeforeLeaving(listener: (event: PreventableEvent) => void): void {
    this.leavingListener = listener
  }

  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.openHandler = handler
  }

  goneListener: ((reason: string) => void) | undefined

  onRendererGone(listener: (reason: string) => void): void {
    this.goneListener = listener
  }
}

async function newParent(): Promise<string> {
  return fsp.mkdtemp(join(parents(), 'run-'))
}

async function setUp(script: Script = {}, timeoutMs?: number) {
  const parent = await newParent()
  const windows: FakePrintWindow[] = []
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    onBeforeRequest: vi.fn<(listener: RequestListener) => void>(),
  }
  const electron: PrintElectron = {
    createWindow: (options) => {
      const window = new FakePrintWindow(options, script)
      windows.push(window)
      return window
    },
    printSession: vi.fn(() => session),
  }
  const print = createPdfPrinter({ electron, tempParent: parent, ...(timeoutMs === undefined ? {} : { timeoutMs }) })
  const window = () => {
    const only = windows[0]
    if (windows.length !== 1 || only === undefined) {
      throw new Error(`expected one window, found ${windows.length}`)
    }
    return only
  }
  return { print, parent, windows, window, session, electron }
}

const leftovers = (parent: string) => fsp.readdir(parent)

describe('createPdfPrinter: the window', () => {
  it('opens a hidden, sandboxed, isolated window with no Node, no preload and no JavaScript, in its own in-memory session', async () => {
    const { print, window } = await setUp()
    await print(HTML)
    const { options } = window()
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({
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
      devTools: false,
    })
    expect(options.webPreferences).not.toHaveProperty('preload')
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false)
  })

  it('prevents every navigation and denies every new window', async () => {
    const { print, window } = await setUp()
    await print(HTML)
    const event = { preventDefault: vi.fn() }
    window().leavingListener?.(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(window().openHandler?.()).toEqual({ action: 'deny' })
  })

  it('prints A4 with backgrounds, the report’s own margins and an outline', async () => {
    const { print, window } = await setUp()
    await print(HTML)
    expect(window().printOptions).toEqual(PDF_OPTIONS)
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true, generateDocumentOutline: true })
    expect(PDF_OPTIONS.margins?.top).toBeCloseTo(14 / 25.4)
    expect(PDF_OPTIONS.margins?.left).toBeCloseTo(12 / 25.4)
  })
})

describe('createPdfPrinter: the temporary file', () => {
  it('writes the HTML to a private file, loads that file, and answers the printed bytes', async () => {
    const { print, parent, window } = await setUp()
    expect(await print(HTML)).toEqual(PDF)
    expect(window().loadedHtml).toBe(HTML)
    expect(window().loadedPath.startsWith(parent)).toBe(true)
    expect(window().loadedPath.endsWith(PRINT_FILE_NAME)).toBe(true)
    if (process.platform !== 'win32') {
      expect(window().loadedMode).toBe(0o600)
    }
  })

  it('destroys the window and removes the file after a print', async () => {
    const { print, parent, window } = await setUp()
    await print(HTML)
    expect(window().destroy).toHaveBeenCalledOnce()
    expect(await leftovers(parent)).toEqual([])
  })

  it('says the report did not load, destroys the window and removes the file', async () => {
    const { print, parent, window } = await setUp({ load: async () => Promise.reject(new Error("ERR_FILE_NOT_FOUND (-6) loading 'file:///x'")) })
    await expect(print(HTML)).rejects.toThrow(/^the report did not load in the print window \(ERR_FILE_NOT_FOUND/)
    expect(window().printOptions).toBeUndefined()
    expect(window().destroy).toHaveBeenCalledOnce()
    expect(await leftovers(parent)).toEqual([])
  })

  it('says Chromium could not print, destroys the window and removes the file', async () => {
    const { print, parent, window } = await setUp({ print: async () => Promise.reject(new Error('Printing failed')) })
    await expect(print(HTML)).rejects.toThrow('Chromium could not print the report (Printing failed)')
    expect(window().destroy).toHaveBeenCalledOnce()
    expect(await leftovers(parent)).toEqual([])
  })

  it('refuses an empty document', async () => {
    const { print, parent } = await setUp({ print: async () => new Uint8Array() })
    await expect(print(HTML)).rejects.toThrow('Chromium returned an empty document')
    expect(await leftovers(parent)).toEqual([])
  })

  it('gives up after the timeout, destroys the window and removes the file', async () => {
    const { print, parent, window } = await setUp({ load: () => new Promise<void>(() => undefined) }, 50)
    await expect(print(HTML)).rejects.toThrow('printing took longer than 0.05 seconds')
    expect(window().destroy).toHaveBeenCalledOnce()
    expect(await leftovers(parent)).toEqual([])
  })

  it('says at once when the print window’s renderer dies while printing, and cleans up', async () => {
    const { print, parent, window } = await setUp(
      {
        print: (fake) => {
          fake.goneListener?.('crashed')
          return new Promise<Uint8Array>(() => undefined)
        },
      },
      60_000,
    )
    const started = performance.now()
    await expect(print(HTML)).rejects.toThrow("the print window's renderer stopped (crashed)")
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(window().destroy).toHaveBeenCalledOnce()
    expect(await leftovers(parent)).toEqual([])
  })

  it('prints two reports at once, each in its own window and folder', async () => {
    const { print, parent, windows } = await setUp()
    await Promise.all([print(HTML), print(HTML.replace('AADC01', 'AADC02'))])
    expect(windows.map((window) => window.loadedHtml).sort()).toEqual([HTML, HTML.replace('AADC01', 'AADC02')])
    expect(new Set(windows.map((window) => window.loadedPath)).size).toBe(2)
    expect(windows.every((window) => window.destroy.mock.calls.length === 1)).toBe(true)
    expect(await leftovers(parent)).toEqual([])
  })
})

describe('createPdfPrinter: the print session', () => {
  it('is guarded once, on the first print: no permissions, and only a print’s own file, while it prints', async () => {
    let requestListener: RequestListener | undefined
    const seen: Record<string, boolean> = {}
    const ask = (url: string) => requestListener?.({ url }, (response) => (seen[url] = !response.cancel))
    const { print, session, electron } = await setUp({
      load: async (path) => {
        ask(pathToFileURL(path).href)
        ask('https://evil.example.com/beacon.gif')
        ask(pathToFileURL('/etc/passwd').href)
      },
    })
    session.onBeforeRequest.mockImplementation((listener) => {
      requestListener = listener
    })
    await print(HTML)
    await print(HTML)
    expect(electron.printSession).toHaveBeenCalledOnce()
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest)
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck)
    expect(Object.entries(seen).filter(([, isAllowed]) => isAllowed).map(([url]) => url.endsWith(`/${PRINT_FILE_NAME}`))).toEqual([true, true])
    expect(seen['https://evil.example.com/beacon.gif']).toBe(false)
    expect(seen[pathToFileURL('/etc/passwd').href]).toBe(false)
    const printed = Object.keys(seen).find((url) => url.endsWith(`/${PRINT_FILE_NAME}`)) ?? ''
    ask(printed)
    expect(seen[printed]).toBe(false)
  })
})

describe('isAllowedPrintRequest', () => {
  const folders = new Set(['/tmp/entra-readiness-abc123'])

  it('allows a file inside a print folder', () => {
    expect(isAllowedPrintRequest('file:///tmp/entra-readiness-abc123/report.html', folders, false)).toBe(true)
  })

  it('refuses the network, other files, look-alike folders and escapes', () => {
    expect(isAllowedPrintRequest('https://example.com/', folders, false)).toBe(false)
    expect(isAllowedPrintRequest('data:text/html,<p>x</p>', folders, false)).toBe(false)
    expect(isAllowedPrintRequest('file:///tmp/entra-readiness-abc1234/report.html', folders, false)).toBe(false)
    expect(isAllowedPrintRequest('file:///tmp/entra-readiness-abc123/../secret.html', folders, false)).toBe(false)
    expect(isAllowedPrintRequest('file:///tmp/entra-readiness-abc123/%2e%2e/secret.html', folders, false)).toBe(false)
    expect(isAllowedPrintRequest('file://server/tmp/entra-readiness-abc123/report.html', folders, false)).toBe(false)
    expect(isAllowedPrintRequest('not a url', folders, false)).toBe(false)
  })

  it('refuses everything when no print is running', () => {
    expect(isAllowedPrintRequest('file:///tmp/entra-readiness-abc123/report.html', new Set(), false)).toBe(false)
  })

  it('compares paths without case on Windows only', () => {
    const upper = new Set(['/TMP/ENTRA-READINESS-ABC123'])
    expect(isAllowedPrintRequest('file:///tmp/entra-readiness-abc123/report.html', upper, true)).toBe(true)
    expect(isAllowedPrintRequest('file:///tmp/entra-readiness-abc123/report.html', upper, false)).toBe(false)
  })
})
