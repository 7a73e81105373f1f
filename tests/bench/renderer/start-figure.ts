/**
 * Figure 1, renderer start: from navigation to the first wizard step being usable (the "Entra
 * Connect version" input visible and enabled), against the Fluent floor page (Fluent's provider
 * and one Field/Input), with a bare React page (one button) printed for reference; all three built
 * with the same Vite configuration in the same run and served by one loopback server to headless Chromium.
 */
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { makeCheck, type FigureResult } from '../lib/check'
import { RENDERER_OUT } from '../lib/paths'
import { median, round } from '../lib/stats'
import { withTempFolder } from '../lib/temp-folder'
import { buildBarePage } from './bare-page'
import { installPageScripts, readyAt, type ReadyMarker } from './page-scripts'
import { startStaticServer } from './static-server'

/** Options for {@link measureRendererStart}. */
export interface RendererStartOptions {
  /** Samples per page, after the warm-ups. */
  readonly samples: number
  readonly warmups: number
  /** The built renderer to measure; the project's `out/renderer` unless given. */
  readonly appFolder?: string
}

/** The launch the project's Playwright configuration uses (Debian's Chromium). */
export const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}
const SAMPLE_TIMEOUT_MS = 30_000

const PAGES: Readonly<Record<'app' | 'fluent' | 'bare', ReadyMarker>> = {
  app: { label: 'Entra Connect version' },
  fluent: { label: 'Entra Connect version' },
  bare: { selector: 'button' },
}

/** One sample: a fresh context (cold cache), navigation, and the in-page time of readiness. */
async function sample(browser: Browser, origin: string, page: keyof typeof PAGES): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
  try {
    await installPageScripts(context, PAGES[page])
    const tab = await context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (error) => errors.push(error.message))
    await tab.goto(`${origin}/${page}/`, { waitUntil: 'commit' })
    return await readyAt(tab, SAMPLE_TIMEOUT_MS).catch((error: unknown) => {
      throw new Error(`the ${page} page never became ready (${errors.join('; ') || String(error)})`)
    })
  } finally {
    await context.close()
  }
}

/** Builds the baseline pages, serves all three, and samples them in turn (the order reversed every round) after warm-ups. */
export async function measureRendererStart(options: RendererStartOptions): Promise<FigureResult> {
  return withTempFolder('entra-bench-bare-', async (folder) => {
    const bareOut = await buildBarePage(join(folder, 'bare'), 'bare')
    const fluentOut = await buildBarePage(join(folder, 'fluent'), 'fluent')
    const server = await startStaticServer({ app: options.appFolder ?? RENDERER_OUT, bare: bareOut, fluent: fluentOut })
    const browser = await chromium.launch(LAUNCH)
    try {
      const samples = { app: [] as number[], fluent: [] as number[], bare: [] as number[] }
      const pages = ['app', 'fluent', 'bare'] as const
      for (let index = 0; index < options.warmups; index += 1) {
        for (const page of pages) {
          await sample(browser, server.origin, page)
        }
      }
      for (let index = 0; index < options.samples; index += 1) {
        for (const page of index % 2 === 0 ? pages : [...pages].reverse()) {
          samples[page].push(await sample(browser, server.origin, page))
        }
      }
      return {
        title: 'Renderer start (navigation → first step usable, headless Chromium)',
        checks: [
          makeCheck({
            id: 'renderer-start-fluent',
            label: 'app: "Entra Connect version" input visible and enabled',
            unit: 'ms',
            samples: samples.app,
            baseline: { label: 'Fluent floor page', samples: samples.fluent },
            target: { on: 'ratio', comparison: '<=', limit: 1.5 },
          }),
        ],
        notes: [
          `for reference: app ${round(median(samples.app) / median(samples.bare), 2)}x and Fluent floor ${round(median(samples.fluent) / median(samples.bare), 2)}x the bare React page (median ${round(median(samples.bare), 1)} ms)`,
          `${options.samples} samples per page after ${options.warmups} warm-ups, in turn; fastest app ${round(Math.min(...samples.app), 1)} ms, fastest Fluent floor ${round(Math.min(...samples.fluent), 1)} ms, fastest bare ${round(Math.min(...samples.bare), 1)} ms`,
        ],
      }
    } finally {
      await browser.close()
      await server.close()
    }
  })
}
