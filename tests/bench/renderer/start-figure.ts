/**
 * Figure 1, renderer start: from navigation to the first wizard step being usable (the "Entra
 * Connect version" input visible and enabled), against a bare React page (one button) built with
 * the same Vite configuration, both served by one loopback server to headless Chromium.
 */
import { chromium, type Browser } from '@playwright/test'
import { makeCheck, type FigureResult } from '../lib/check'
import { RENDERER_OUT } from '../lib/paths'
import { round } from '../lib/stats'
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
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
}
const SAMPLE_TIMEOUT_MS = 30_000

const PAGES: Readonly<Record<'app' | 'bare', ReadyMarker>> = {
  app: { label: 'Entra Connect version' },
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

/** Builds the bare page, serves both, and samples them alternately (ABBA) after warm-ups. */
export async function measureRendererStart(options: RendererStartOptions): Promise<FigureResult> {
  return withTempFolder('entra-bench-bare-', async (folder) => {
    const bareOut = await buildBarePage(folder)
    const server = await startStaticServer({ app: options.appFolder ?? RENDERER_OUT, bare: bareOut })
    const browser = await chromium.launch(LAUNCH)
    try {
      const samples = { app: [] as number[], bare: [] as number[] }
      for (let index = 0; index < options.warmups; index += 1) {
        await sample(browser, server.origin, 'app')
        await sample(browser, server.origin, 'bare')
      }
      for (let index = 0; index < options.samples; index += 1) {
        const order = index % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const)
        for (const page of order) {
          samples[page].push(await sample(browser, server.origin, page))
        }
      }
      return {
        title: 'Renderer start (navigation → first step usable, headless Chromium)',
        checks: [
          makeCheck({
            id: 'renderer-start',
            label: 'app: "Entra Connect version" input visible and enabled',
            unit: 'ms',
            samples: samples.app,
            baseline: { label: 'bare React page', samples: samples.bare },
            target: { on: 'ratio', comparison: '<=', limit: 1.5 },
          }),
        ],
        notes: [
          `${options.samples} samples per page after ${options.warmups} warm-ups, alternating; fastest app ${round(Math.min(...samples.app), 1)} ms, fastest bare ${round(Math.min(...samples.bare), 1)} ms`,
        ],
      }
    } finally {
      await browser.close()
      await server.close()
    }
  })
}
