/**
 * What runs in the page before its own scripts: a minimal `window.api` (app info answered at
 * once, every other call refused, events never fire), and the readiness marker: the time
 * (`performance.now()`, from navigation start) of the first frame in which the marked element is
 * visible and enabled.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { appInfoSchema, IPC_CONTRACT, type AppInfo } from '~shared/ipc/contract'
import { IPC_EVENTS } from '~shared/ipc/events'
import { BENCH_AS_OF } from '../lib/paths'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

/** The element whose readiness ends a sample: a control by its label text, or the first match of a selector. */
export type ReadyMarker = { readonly label: string } | { readonly selector: string }

/** What the init script receives (plain data: it crosses into the page). */
interface PageSetup {
  readonly channels: readonly (readonly [string, readonly [string, string]])[]
  readonly events: readonly (readonly [string, string])[]
  readonly appInfo: AppInfo
}

/** The few DOM shapes the init script uses (this file is typed without the DOM lib). */
interface PageElement {
  readonly textContent: string | null
  readonly disabled?: boolean
  readonly control?: PageElement | null
  checkVisibility(): boolean
}
type PageGlobal = {
  api?: unknown
  __benchReadyAt?: number
  __benchMarker?: ReadyMarker
  document: { querySelectorAll(selector: string): ArrayLike<PageElement>; querySelector(selector: string): PageElement | null }
  requestAnimationFrame(callback: () => void): void
}

/** Runs in the page. Kept self-contained: Playwright sends its source text. */
function pageInit(setup: PageSetup): void {
  const page = globalThis as unknown as PageGlobal
  const refused = { ok: false, error: { code: 'not-allowed', message: 'Not available in the benchmark page.' } }
  const api: Record<string, Record<string, unknown>> = {}
  for (const [channel, [namespace, method]] of setup.channels) {
    const answer = channel === 'app:get-info' ? { ok: true, value: setup.appInfo } : refused
    ;(api[namespace] ??= {})[method] = () => Promise.resolve(answer)
  }
  for (const [namespace, method] of setup.events) {
    ;(api[namespace] ??= {})[method] = () => () => undefined
  }
  Object.defineProperty(page, 'api', { value: Object.freeze(api), enumerable: true })
  const find = (marker: ReadyMarker): PageElement | null | undefined => {
    if ('selector' in marker) {
      return page.document.querySelector(marker.selector)
    }
    const labels = Array.from(page.document.querySelectorAll('label'))
    return labels.find((label) => (label.textContent ?? '').trim().startsWith(marker.label))?.control
  }
  const check = () => {
    const marker = page.__benchMarker
    const element = marker === undefined ? undefined : find(marker)
    if (element !== null && element !== undefined && element.disabled !== true && element.checkVisibility()) {
      page.__benchReadyAt = performance.now()
      return
    }
    page.requestAnimationFrame(check)
  }
  page.requestAnimationFrame(check)
}

/** Sets the marker for the next page (runs before `pageInit` reads it on the first frame). */
function setMarker(marker: ReadyMarker): void {
  ;(globalThis as unknown as PageGlobal).__benchMarker = marker
}

/** Installs the fake API and the readiness loop in every page of `context`, waiting for `marker`. */
export async function installPageScripts(context: BrowserContext, marker: ReadyMarker): Promise<void> {
  const appInfo = appInfoSchema.parse({
    appVersion: '0.0.0-bench',
    rulePack: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf },
    platform: 'linux',
    today: BENCH_AS_OF,
  })
  const setup: PageSetup = {
    channels: Object.entries(IPC_CONTRACT).map(([channel, spec]) => [channel, spec.api] as const),
    events: Object.values(IPC_EVENTS).map((spec) => spec.api),
    appInfo,
  }
  // tsx compiles with esbuild's keepNames, which wraps functions in a `__name(...)` helper that
  // exists only in Node; the page gets a stand-in so the functions sent to it run as written.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
  await context.addInitScript(setMarker, marker)
  await context.addInitScript(pageInit, setup)
}

/** Reads the readiness time (ms from navigation start) once the page has set it. */
export async function readyAt(page: Page, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(() => (globalThis as unknown as PageGlobal).__benchReadyAt, undefined, { timeout: timeoutMs, polling: 50 })
  return (await handle.jsonValue()) as number
}
