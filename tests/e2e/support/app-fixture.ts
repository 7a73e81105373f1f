/**
 * The e2e harness: the page gets a `window.api` whose every function is forwarded to main's real
 * dispatcher (guard, validation, handlers, file reading) running here in Node, and whose event
 * subscriptions receive the events main sends. Only Electron's IPC transport is replaced; the
 * dialogs, the OS browser and the collector process are fakes the test controls and reads. PDFs
 * are printed for real, by the same Chromium in a fresh browser context (Electron's printToPDF is
 * Chromium's print as well), so a test reads a real PDF of the real HTML report.
 */
import { test as base, expect, type Browser, type Page } from '@playwright/test'
import fsp from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import type { SenderInfo } from '~electron/main/ipc/types'
import { loadBuiltInPack } from '~electron/node/rule-pack/built-in'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { createRulePackStore } from '~electron/main/services/rule-pack-store'
import { PDF_OPTIONS } from '~electron/main/services/print-to-pdf'
import { IPC_CONTRACT } from '~shared/ipc/contract'
import { IPC_EVENTS } from '~shared/ipc/events'
import { runFakeCollector, type FakeCollectorRun } from './fake-collector'

/** The fixed "today" main reports, so every run evaluates the same date. */
export const TODAY = '2026-11-26'

/** What a test controls and observes of the main process. */
export interface MainHarness {
  /** The path the next open dialog returns (a file in tests/e2e/fixtures/); undefined means the user cancels. */
  chooseFile(fileName: string | undefined): void
  /** The path the next open dialog returns: a file under tests/fixtures/ (`text-forms/…`, `files/…`). */
  chooseFixture(relativePath: string): void
  /** The path the next open dialog returns: any file this test made (a signed rule pack, a key). */
  choosePath(path: string): void
  /** The folder the next folder dialog returns: a folder under tests/fixtures/; undefined means the user cancels. */
  chooseFolderFixture(relativePath: string | undefined): void
  /** A folder of this test's own, removed afterwards (for packs and keys the test makes). */
  readonly workFolder: string
  /** The file name the next save dialog returns, in a folder of this test's own; undefined cancels. */
  chooseSaveFile(fileName: string | undefined): void
  /** The text of a file saved through the save dialog. */
  savedFileText(fileName: string): Promise<string>
  /** The bytes of a file saved through the save dialog (a PDF). */
  savedFileBytes(fileName: string): Promise<Uint8Array>
  /** The next PDF print fails with `reason`, as a printer in main might. */
  failNextPrint(reason: string): void
  /** Today's date main reports (set before opening the app); {@link TODAY} unless changed. */
  setToday(date: string): void
  /** The platform main reports (set before opening the app); `linux` unless changed. */
  setPlatform(platform: string): void
  /** What the next collector run does. */
  nextCollectorRun(run: FakeCollectorRun): void
  /** Every URL main was asked to open in the OS browser. */
  readonly openedUrls: readonly string[]
  /** Every text main was asked to put on the clipboard. */
  readonly copiedTexts: readonly string[]
  /** Console errors and uncaught page errors so far (CSP violations appear here). */
  readonly consoleErrors: readonly string[]
  /** Lets console errors matching `pattern` pass the end-of-test check (for tests that provoke one). */
  expectConsoleErrors(pattern: RegExp): void
}

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))
const SHARED_FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url))
const COLLECTOR_SCRIPT = fileURLToPath(new URL('../../../build/collector/Collect-EntraConnectDetails.ps1', import.meta.url))

/** The channel → `[namespace, method]` table the init script builds `window.api` from. */
const API_TABLE = Object.entries(IPC_CONTRACT).map(([channel, spec]) => [channel, spec.api] as const)
/** The event → `[namespace, method]` table for the subscribe functions. */
const EVENT_TABLE = Object.entries(IPC_EVENTS).map(([event, spec]) => [event, spec.api] as const)

/** The page's global object as the init script sees it (this file is typed without the DOM lib). */
type PageGlobal = {
  __ipcInvoke?: (channel: string, request: unknown) => Promise<unknown>
  __ipcEmit?: (event: string, payload: unknown) => void
}

interface HarnessState {
  path: string | undefined
  folderPath: string | undefined
  savePath: string | undefined
  platform: string
  today: string
  collectorRun: FakeCollectorRun
  printFailure: string | undefined
  readonly saveFolder: string
  readonly openedUrls: string[]
  readonly copiedTexts: string[]
}

/**
 * Prints `html` as main's printer does: A4, backgrounds, the same margins and outline, no
 * JavaScript and no network, in a context of its own that is closed afterwards.
 */
async function printWithChromium(browser: Browser, html: string): Promise<Uint8Array> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    const inches = (value: number | undefined) => `${value ?? 0}in`
    const { margins } = PDF_OPTIONS
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: inches(margins?.top), bottom: inches(margins?.bottom), left: inches(margins?.left), right: inches(margins?.right) },
      outline: true,
      tagged: true,
    })
  } finally {
    await context.close()
  }
}

async function installApi(page: Page, harness: HarnessState, baseURL: string, browser: Browser) {
  // Electron delivers events sent before a reply before that reply; the pending deliveries are
  // awaited before each reply so the harness keeps that order.
  let deliveries: Promise<unknown> = Promise.resolve()
  const dispatch = createDispatcher({
    isTrustedSenderUrl: (url) => url === baseURL || url.startsWith(`${baseURL}/`),
    showOpenDialog: async () => harness.path,
    showOpenFolderDialog: async () => harness.folderPath,
    showSaveDialog: async () => harness.savePath,
    // One store per test in its own temp folder: it outlives page reloads within the test.
    assessments: createAssessmentStore({ folder: join(harness.saveFolder, 'assessments') }),
    // The app's data folder for packs and user keys; no release key, as in this repository.
    rulePacks: createRulePackStore({
      packFolder: join(harness.saveFolder, 'rule-packs'),
      userKeyFolder: join(harness.saveFolder, 'trusted-keys'),
      releaseKeyFolder: join(harness.saveFolder, 'release-keys'),
      appVersion: '0.1.0',
      loadBuiltIn: () => loadBuiltInPack('0.1.0'),
    }),
    openExternal: async (url) => {
      harness.openedUrls.push(url)
    },
    writeClipboardText: (text) => {
      harness.copiedTexts.push(text)
    },
    appVersion: '0.1.0',
    get platform() {
      return harness.platform
    },
    today: () => harness.today,
    collectorScriptPath: COLLECTOR_SCRIPT,
    runCollector: (request) => runFakeCollector(harness.collectorRun, request),
    printToPdf: async (html) => {
      const failure = harness.printFailure
      harness.printFailure = undefined
      if (failure !== undefined) {
        throw new Error(failure)
      }
      return printWithChromium(browser, html)
    },
    sendEvent: (event, payload) => {
      const checked = IPC_EVENTS[event].payload.parse(payload)
      const delivery = page.evaluate(([name, value]) => (globalThis as PageGlobal).__ipcEmit?.(name, value), [event, checked] as const)
      deliveries = Promise.all([deliveries, delivery.catch(() => undefined)])
    },
  })
  await page.exposeBinding('__ipcInvoke', async (source, channel: string, request: unknown) => {
    const sender: SenderInfo = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }
    const response = await dispatch(channel, request, sender)
    await deliveries
    return response
  })
  await page.addInitScript(
    ([table, events]) => {
      const pageGlobal = globalThis as PageGlobal
      const api: Record<string, Record<string, unknown>> = {}
      for (const [channel, [namespace, method]] of table) {
        const group = (api[namespace] ??= {})
        group[method] = (request?: unknown) => {
          const invoke = pageGlobal.__ipcInvoke
          return invoke === undefined ? Promise.reject(new Error('__ipcInvoke is not bound')) : invoke(channel, request ?? {})
        }
      }
      const listeners = new Map<string, Set<(payload: unknown) => void>>()
      for (const [event, [namespace, method]] of events) {
        const group = (api[namespace] ??= {})
        group[method] = (listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set()
          set.add(listener)
          listeners.set(event, set)
          return () => set.delete(listener)
        }
      }
      Object.defineProperty(pageGlobal, '__ipcEmit', {
        value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)),
      })
      Object.defineProperty(pageGlobal, 'api', { value: Object.freeze(api), enumerable: true })
    },
    [API_TABLE, EVENT_TABLE] as const,
  )
}

/** Playwright's `test` with the main-process harness; every test fails on a console error. */
export const test = base.extend<{ main: MainHarness }>({
  main: [
    async ({ page, baseURL, browser }, use) => {
      if (baseURL === undefined) {
        throw new Error('playwright.config.ts must set use.baseURL')
      }
      const saveFolder = await fsp.mkdtemp(join(tmpdir(), 'e2e-save-'))
      const state: HarnessState = {
        path: undefined,
        folderPath: undefined,
        savePath: undefined,
        platform: 'linux',
        today: TODAY,
        collectorRun: { outcome: 'fails', lines: [], message: 'No collector run was scripted for this test.' },
        printFailure: undefined,
        saveFolder,
        openedUrls: [],
        copiedTexts: [],
      }
      const consoleErrors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') {
          consoleErrors.push(message.text())
        }
      })
      page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
      const expected: RegExp[] = []
      await fsp.mkdir(join(saveFolder, 'work'))
      await installApi(page, state, baseURL, browser)
      await use({
        chooseFile: (fileName) => {
          state.path = fileName === undefined ? undefined : `${FIXTURES}${fileName}`
        },
        chooseFixture: (relativePath) => {
          state.path = `${SHARED_FIXTURES}${relativePath}`
        },
        choosePath: (path) => {
          state.path = path
        },
        chooseFolderFixture: (relativePath) => {
          state.folderPath = relativePath === undefined ? undefined : `${SHARED_FIXTURES}${relativePath}`
        },
        workFolder: join(saveFolder, 'work'),
        chooseSaveFile: (fileName) => {
          state.savePath = fileName === undefined ? undefined : join(saveFolder, fileName)
        },
        savedFileText: (fileName) => fsp.readFile(join(saveFolder, fileName), 'utf8'),
        savedFileBytes: async (fileName) => new Uint8Array(await fsp.readFile(join(saveFolder, fileName))),
        failNextPrint: (reason) => {
          state.printFailure = reason
        },
        setToday: (date) => {
          state.today = date
        },
        setPlatform: (platform) => {
          state.platform = platform
        },
        nextCollectorRun: (run) => {
          state.collectorRun = run
        },
        openedUrls: state.openedUrls,
        copiedTexts: state.copiedTexts,
        consoleErrors,
        expectConsoleErrors: (pattern) => expected.push(pattern),
      })
      // An autosave can still land while the folder is removed (ENOTEMPTY): retry as Node allows.
      await fsp.rm(saveFolder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
      const unexpected = consoleErrors.filter((text) => !expected.some((pattern) => pattern.test(text)))
      expect(unexpected, 'console errors (CSP violations included)').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
