/**
 * The figures a user feels, in headless Chromium with the built renderer and main's real handlers
 * behind it (`main-bridge.ts`): typing a version until the updated verdict is on screen, switching
 * steps, opening the Fleet with 500 saved assessments until its matrix is usable, and opening a
 * 5 MB collector file until its findings show. Each is timed in the page from the input event to
 * the next paint (`page-timing.ts`).
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { createAssessmentStore, type AssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { flattenDocument } from '~shared/intake/dotted-path'
import { generateServer } from '../fleet/generate-servers'
import { makeCheck, type FigureResult } from '../lib/check'
import { RENDERER_OUT } from '../lib/paths'
import { median, round } from '../lib/stats'
import { withTempFolder } from '../lib/temp-folder'
import { LAUNCH } from '../renderer/start-figure'
import { startStaticServer } from '../renderer/static-server'
import { installMainBridge } from './main-bridge'
import { timeInteraction } from './page-timing'

/** Options for {@link measureUserFigures}. */
export interface UserFigureOptions {
  readonly samples: number
  readonly savedAssessments: number
}

const COLLECTOR_FILE_BYTES = 5_000_000
/** The version step's entry in the step list: its badge shows the step's verdict. */
const VERSION_STEP = 'nav[aria-label="Wizard steps"] li:nth-child(2) button'
/** The current step's heading (`step-view.tsx`). */
const STEP_HEADING = 'h2[tabindex="-1"]'
/** Rows the Fleet draws before "Show all" (`fleet-view.tsx`). */
export const FIRST_ROWS = 200
export const MATRIX_ROWS = 'table[aria-label="Servers by urgency"] tbody tr'
/** Time for the idle-time loads (the checks, the later steps) before a figure is taken. */
const SETTLE_MS = 1500

/** Saves `count` assessments, each one generated server's collector file as its input. */
export async function saveAssessments(store: AssessmentStore, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const document = generateServer(index)
    const name = `AADC${String(index).padStart(5, '0')}`
    const saved = await store.save({
      name,
      customer: `Customer ${index % 7}`,
      serverName: name,
      inputs: [{ source: `${name}.json`, format: 'install-details-json', facts: flattenDocument(document) }],
      answers: {},
      asOf: null,
      notes: '',
    })
    if (!saved.ok) {
      throw new Error(`could not save assessment ${name}: ${saved.error.message}`)
    }
  }
}

/** A collector file of about 5 MB: one server's details and a long collector log kept beside them. */
async function writeCollectorFile(path: string): Promise<void> {
  const document = generateServer(42)
  const line = 'INFO 2026-11-20T10:04:00Z Read HKLM\\SOFTWARE\\Microsoft\\Azure AD Connect: value present, nothing changed.'
  const base = JSON.stringify(document, null, 2).length
  const collectorLog = Array.from({ length: Math.floor((COLLECTOR_FILE_BYTES - base) / (line.length + 8)) }, () => line)
  await fsp.writeFile(path, JSON.stringify({ ...document, collectorLog }, null, 2))
}

/** A fresh page of the built renderer over `store`, its idle-time loads settled. */
export async function openPage(browser: Browser, origin: string, store: AssessmentStore, openPath: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' })
  const page = await context.newPage()
  await installMainBridge(page, { origin, assessments: store, openPath })
  await page.goto(`${origin}/app/`)
  await page.getByLabel('Entra Connect version').and(page.locator(':enabled')).waitFor()
  await page.waitForTimeout(SETTLE_MS)
  return page
}

/**
 * The part of opening the Fleet that is main's: listing the saved assessments and loading them
 * through the bridge as the Fleet does (`assessments:load-many`, a hundred per request, two
 * requests at a time), with no rendering. Returns milliseconds.
 */
export async function loadThroughBridge(page: Page): Promise<number> {
  return page.evaluate(async () => {
    type Api = { assessments: { list(): Promise<{ ok: boolean; value?: { entries?: { id: string }[] } }>; loadMany(request: { ids: string[] }): Promise<unknown> } }
    const api = (globalThis as unknown as { api: Api }).api
    const start = performance.now()
    const listed = await api.assessments.list()
    const ids = (listed.value?.entries ?? []).map((entry) => entry.id)
    const batches = Array.from({ length: Math.ceil(ids.length / 100) }, (_, index) => ids.slice(index * 100, (index + 1) * 100))
    let next = 0
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next] as string[]
        next += 1
        await api.assessments.loadMany({ ids: batch })
      }
    }
    await Promise.all([worker(), worker()])
    return performance.now() - start
  })
}

async function typingSamples(page: Page, samples: number): Promise<number[]> {
  const input = page.getByLabel('Entra Connect version')
  const times: number[] = []
  for (let index = 0; index < samples; index += 1) {
    await input.fill('')
    await input.pressSequentially('2.4.27.')
    await page.waitForTimeout(300)
    times.push(await timeInteraction(page, { kind: 'text-changes', selector: VERSION_STEP }, 'keydown', () => input.press('0')))
  }
  return times
}

async function switchingSamples(page: Page, samples: number): Promise<number[]> {
  const titles = ['Prerequisites', 'Auto-upgrade', 'Version and deadlines', 'Staging mode']
  const times: number[] = []
  for (let index = 0; index < samples; index += 1) {
    const title = titles[index % titles.length] ?? 'Prerequisites'
    const button = page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: new RegExp(`^${title}`) })
    times.push(await timeInteraction(page, { kind: 'text-is', selector: STEP_HEADING, text: title }, 'pointerdown', () => button.click()))
    await page.waitForTimeout(200)
  }
  return times
}

/** Measures every user-felt figure over fresh pages of the built renderer. */
export async function measureUserFigures(options: UserFigureOptions): Promise<FigureResult> {
  return withTempFolder('entra-bench-user-', async (folder) => {
    const store = createAssessmentStore({ folder: join(folder, 'assessments') })
    const emptyStore = createAssessmentStore({ folder: join(folder, 'none') })
    await saveAssessments(store, options.savedAssessments)
    const collectorFile = join(folder, 'AADC-BIG.json')
    await writeCollectorFile(collectorFile)
    const collectorBytes = (await fsp.stat(collectorFile)).size
    const server = await startStaticServer({ app: RENDERER_OUT })
    const browser = await chromium.launch(LAUNCH)
    try {
      const walk = await openPage(browser, server.origin, emptyStore, collectorFile)
      const typing = await typingSamples(walk, options.samples)
      const switching = await switchingSamples(walk, options.samples)
      await walk.context().close()
      const fleet: number[] = []
      const bridgeOnly: number[] = []
      const opening: number[] = []
      for (let index = 0; index < options.samples; index += 1) {
        const page = await openPage(browser, server.origin, store, collectorFile)
        bridgeOnly.push(await loadThroughBridge(page))
        // Usable: every assessment loaded and the matrix's first rows drawn, with "Show all" for the rest.
        const usable = { kind: 'count-and-label', selector: MATRIX_ROWS, count: Math.min(FIRST_ROWS, options.savedAssessments), labelSelector: 'button', label: `Show all ${options.savedAssessments.toLocaleString('en-US')} servers` } as const
        fleet.push(await timeInteraction(page, usable, 'pointerdown', () => page.getByRole('button', { name: 'Fleet', exact: true }).click(), 60_000))
        await page.context().close()
        const fresh = await openPage(browser, server.origin, emptyStore, collectorFile)
        opening.push(await timeInteraction(fresh, { kind: 'text-changes', selector: VERSION_STEP }, 'pointerdown', () => fresh.getByRole('button', { name: 'Open install-details file…' }).click()))
        await fresh.context().close()
      }
      return {
        title: 'What a user feels (built renderer in headless Chromium, main’s real handlers behind it)',
        checks: [
          makeCheck({ id: 'user-typing-version', label: 'typing a version: keydown → updated verdict painted', unit: 'ms', samples: typing, target: { on: 'value', comparison: '<=', limit: 50 } }),
          makeCheck({ id: 'user-switching-steps', label: 'switching steps: press → step heading painted', unit: 'ms', samples: switching, target: { on: 'value', comparison: '<=', limit: 100 } }),
          makeCheck({ id: 'user-fleet-open', label: `opening the Fleet with ${options.savedAssessments} saved assessments → matrix usable`, unit: 'ms', samples: fleet, target: { on: 'value', comparison: '<=', limit: 1000 } }),
          makeCheck({ id: 'user-collector-open', label: `opening a ${round(collectorBytes / 1e6, 1)} MB collector file → its findings shown`, unit: 'ms', samples: opening, target: { on: 'value', comparison: '<=', limit: 300 } }),
        ],
        notes: [
          `of opening the Fleet, listing and loading the ${options.savedAssessments} assessments through main alone (a hundred per request, two at a time, nothing drawn) takes ${round(median(bridgeOnly), 0)} ms (median)`,
          `slowest: typing ${round(Math.max(...typing), 1)} ms, switching ${round(Math.max(...switching), 1)} ms, fleet ${round(Math.max(...fleet), 0)} ms, collector file ${round(Math.max(...opening), 0)} ms (${options.samples} samples each)`,
        ],
      }
    } finally {
      await browser.close()
      await server.close()
    }
  })
}
