/**
 * The built renderer's `window.api` for the user-felt figures: every call goes to main's real
 * dispatcher (guard, validation, handlers, file reading, the assessment store) running in this
 * Node process, as the e2e harness does. Only Electron's IPC transport is replaced.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createDispatcher } from '~electron/main/ipc/dispatch'
import type { SenderInfo } from '~electron/main/ipc/types'
import type { AssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { createRulePackStore } from '~electron/main/services/rule-pack-store'
import { ok } from '~shared/ipc/result'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { IPC_CONTRACT } from '~shared/ipc/contract'
import { IPC_EVENTS } from '~shared/ipc/events'
import { BENCH_AS_OF } from '../lib/paths'

/** What main serves to the page. */
export interface BridgeOptions {
  readonly origin: string
  readonly assessments: AssessmentStore
  /** The file the open dialog returns. */
  readonly openPath?: string
}

type PageGlobal = {
  __ipcInvoke?: (channel: string, request: unknown) => Promise<string>
  __ipcEmit?: (event: string, payload: unknown) => void
}

const API_TABLE = Object.entries(IPC_CONTRACT).map(([channel, spec]) => [channel, spec.api] as const)
const EVENT_TABLE = Object.entries(IPC_EVENTS).map(([event, spec]) => [event, spec.api] as const)

/** Installs the bridge in `page` (before it navigates). */
export async function installMainBridge(page: Page, options: BridgeOptions): Promise<void> {
  const dispatch = createDispatcher({
    isTrustedSenderUrl: (url) => url.startsWith(`${options.origin}/`),
    showOpenDialog: async () => options.openPath,
    showOpenFolderDialog: async () => options.openPath,
    showSaveDialog: async () => undefined,
    assessments: options.assessments,
    openExternal: async () => undefined,
    writeClipboardText: () => undefined,
    appVersion: '0.0.0-bench',
    // The built-in pack only: no imported pack or trusted key in the bench's data folder.
    rulePacks: createRulePackStore({
      packFolder: join(tmpdir(), `entra-readiness-bench-packs-${process.pid}`),
      userKeyFolder: join(tmpdir(), `entra-readiness-bench-keys-${process.pid}`),
      releaseKeyFolder: join(tmpdir(), 'entra-readiness-bench-no-release-keys'),
      appVersion: '0.0.0-bench',
      loadBuiltIn: () => BUILT_IN_PACK,
    }),
    platform: 'linux',
    today: () => BENCH_AS_OF,
    collectorScriptPath: '/nonexistent/collector.ps1',
    runCollector: async () => ok(null),
    printToPdf: async () => new Uint8Array(),
    sendEvent: (event, payload) => {
      void page.evaluate(([name, value]) => (globalThis as PageGlobal).__ipcEmit?.(name, value), [event, payload] as const).catch(() => undefined)
    },
  })
  await page.exposeBinding('__ipcInvoke', async (source, channel: string, request: unknown) => {
    const sender: SenderInfo = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }
    // As text: Playwright's own serialization of a large answer (an object graph walked value by
    // value over the DevTools protocol) costs many times Electron's structured clone; a string
    // crosses in one piece and the page parses it, as IPC's receiving side decodes its message.
    return JSON.stringify(await dispatch(channel, request, sender))
  })
  // tsx compiles with esbuild's keepNames, which wraps functions in a `__name(...)` helper that
  // exists only in Node; the page gets a stand-in so the functions sent to it run as written.
  await page.addInitScript({ content: 'globalThis.__name = (target) => target' })
  await page.addInitScript(
    ([table, events]) => {
      const pageGlobal = globalThis as PageGlobal
      const api: Record<string, Record<string, unknown>> = {}
      for (const [channel, [namespace, method]] of table) {
        ;(api[namespace] ??= {})[method] = (request?: unknown) => {
          const invoke = pageGlobal.__ipcInvoke
          return invoke === undefined ? Promise.reject(new Error('__ipcInvoke is not bound')) : invoke(channel, request ?? {}).then((text) => JSON.parse(text) as unknown)
        }
      }
      const listeners = new Map<string, Set<(payload: unknown) => void>>()
      for (const [event, [namespace, method]] of events) {
        ;(api[namespace] ??= {})[method] = (listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set()
          set.add(listener)
          listeners.set(event, set)
          return () => set.delete(listener)
        }
      }
      Object.defineProperty(pageGlobal, '__ipcEmit', { value: (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)) })
      Object.defineProperty(pageGlobal, 'api', { value: Object.freeze(api), enumerable: true })
    },
    [API_TABLE, EVENT_TABLE] as const,
  )
}
