/**
 * Timing what a user feels, inside the page: from the input event's own time stamp (the key
 * pressed, the button pressed) to the first frame painted after the page shows the result.
 *
 * "Painted" is the usual approximation: a task queued from the first animation frame after the
 * condition holds runs once that frame has been drawn.
 */
import type { Page } from '@playwright/test'

/** What ends a measurement. */
export type Condition =
  /** The element's text is no longer what it was when the watch started. */
  | { readonly kind: 'text-changes'; readonly selector: string }
  /** The element's text is exactly this. */
  | { readonly kind: 'text-is'; readonly selector: string; readonly text: string }
  /** At least this many elements match, and one of the elements `labelSelector` matches has this text. */
  | { readonly kind: 'count-and-label'; readonly selector: string; readonly count: number; readonly labelSelector: string; readonly label: string }

type PageGlobal = {
  __benchTiming?: { startedAt?: number; doneAt?: number }
  document: {
    querySelector(selector: string): { textContent: string | null } | null
    querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>
    addEventListener(type: string, listener: (event: { timeStamp: number }) => void, options: object): void
    documentElement: object
  }
  MutationObserver: new (callback: () => void) => { observe(target: object, options: object): void; disconnect(): void }
  requestAnimationFrame(callback: () => void): void
  setTimeout(callback: () => void, ms: number): void
}

/** Runs in the page: watches for the first `startEvent` and then for `condition`. */
function watch([condition, startEvent]: readonly [Condition, string]): void {
  const page = globalThis as unknown as PageGlobal
  const timing: { startedAt?: number; doneAt?: number } = {}
  page.__benchTiming = timing
  const initial = page.document.querySelector(condition.selector)?.textContent ?? null
  const holds = () => {
    switch (condition.kind) {
      case 'text-changes':
        return (page.document.querySelector(condition.selector)?.textContent ?? null) !== initial
      case 'text-is':
        return page.document.querySelector(condition.selector)?.textContent === condition.text
      case 'count-and-label':
        return (
          page.document.querySelectorAll(condition.selector).length >= condition.count &&
          Array.from(page.document.querySelectorAll(condition.labelSelector)).some((element) => element.textContent === condition.label)
        )
    }
  }
  page.document.addEventListener(startEvent, (event) => (timing.startedAt ??= event.timeStamp), { capture: true, once: true })
  const observer = new page.MutationObserver(() => {
    if (timing.startedAt === undefined || !holds()) {
      return
    }
    observer.disconnect()
    page.requestAnimationFrame(() => page.setTimeout(() => (timing.doneAt = performance.now()), 0))
  })
  observer.observe(page.document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true })
}

/**
 * Starts watching, runs `act` (the user's action through Playwright), and returns the time from
 * the first `startEvent` to the paint after `condition` held, in milliseconds.
 */
export async function timeInteraction(page: Page, condition: Condition, startEvent: 'keydown' | 'pointerdown', act: () => Promise<void>, timeoutMs = 30_000): Promise<number> {
  await page.evaluate(watch, [condition, startEvent] as const)
  await act()
  const handle = await page.waitForFunction(
    () => {
      const timing = (globalThis as unknown as PageGlobal).__benchTiming
      return timing?.doneAt !== undefined && timing.startedAt !== undefined ? timing.doneAt - timing.startedAt : undefined
    },
    undefined,
    { timeout: timeoutMs, polling: 20 },
  )
  return (await handle.jsonValue()) as number
}
