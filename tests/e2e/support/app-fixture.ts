/**
 * The e2e harness: the page gets a `window.api` whose every function is forwarded to main's real
 * dispatcher (guard, validation, handlers, file reading) running here in Node. Only Electron's IPC
 * transport is replaced; the dialog and the OS browser are fakes the test controls and reads.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { createDispatcher } from '../../../electron/main/ipc/dispatch'
import type { SenderInfo } from '../../../electron/main/ipc/types'
import { IPC_CONTRACT } from '../../../shared/ipc/contract'

/** The fixed "today" main reports, so every run evaluates the same date. */
export const TODAY = '2026-11-26'

/** What a test controls and observes of the main process. */
export interface MainHarness {
  /** The path the next open dialog returns; undefined means the user cancels. */
  chooseFile(fileName: string | undefined): void
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

/** The channel → `[namespace, method]` table the init script builds `window.api` from. */
const API_TABLE = Object.entries(IPC_CONTRACT).map(([channel, spec]) => [channel, spec.api] as const)

/** The page's global object as the init script sees it (this file is typed without the DOM lib). */
type PageGlobal = { __ipcInvoke?: (channel: string, request: unknown) => Promise<unknown> }

async function installApi(page: Page, harness: { path: string | undefined; openedUrls: string[]; copiedTexts: string[] }, baseURL: string) {
  const dispatch = createDispatcher({
    isTrustedSenderUrl: (url) => url === baseURL || url.startsWith(`${baseURL}/`),
    showOpenDialog: async () => harness.path,
    openExternal: async (url) => {
      harness.openedUrls.push(url)
    },
    writeClipboardText: (text) => {
      harness.copiedTexts.push(text)
    },
    appVersion: '0.1.0',
    platform: 'linux',
    today: () => TODAY,
  })
  await page.exposeBinding('__ipcInvoke', (source, channel: string, request: unknown) => {
    const sender: SenderInfo = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }
    return dispatch(channel, request, sender)
  })
  await page.addInitScript((table) => {
    const pageGlobal = globalThis as PageGlobal
    const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {}
    for (const [channel, [namespace, method]] of table) {
      const group = (api[namespace] ??= {})
      group[method] = (request?: unknown) => {
        const invoke = pageGlobal.__ipcInvoke
        if (invoke === undefined) {
          return Promise.reject(new Error('__ipcInvoke is not bound'))
        }
        return invoke(channel, request ?? {})
      }
    }
    Object.defineProperty(pageGlobal, 'api', { value: Object.freeze(api), enumerable: true })
  }, API_TABLE)
}

/** Playwright's `test` with the main-process harness; every test fails on a console error. */
export const test = base.extend<{ main: MainHarness }>({
  main: [
    async ({ page, baseURL }, use) => {
      if (baseURL === undefined) {
        throw new Error('playwright.config.ts must set use.baseURL')
      }
      const state = { path: undefined as string | undefined, openedUrls: [] as string[], copiedTexts: [] as string[] }
      const consoleErrors: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error') {
          consoleErrors.push(message.text())
        }
      })
      page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`))
      const expected: RegExp[] = []
      await installApi(page, state, baseURL)
      await use({
        chooseFile: (fileName) => {
          state.path = fileName === undefined ? undefined : `${FIXTURES}${fileName}`
        },
        openedUrls: state.openedUrls,
        copiedTexts: state.copiedTexts,
        consoleErrors,
        expectConsoleErrors: (pattern) => expected.push(pattern),
      })
      const unexpected = consoleErrors.filter((text) => !expected.some((pattern) => pattern.test(text)))
      expect(unexpected, 'console errors (CSP violations included)').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
