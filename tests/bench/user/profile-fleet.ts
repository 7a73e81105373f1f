/**
 * Where opening the Fleet spends its time: the user figure's page (the built renderer in headless
 * Chromium, main's real handlers behind it, 500 saved assessments) with the DevTools CPU profiler
 * on from the press of "Fleet" until the matrix is usable. Prints self time by source file and by
 * function, the inclusive time of each phase, the time spent in main's handlers (timed around
 * each `window.api` call) and the browser's own script, style and layout totals.
 *
 * Build the renderer with source maps first, so the minified code is named by its sources:
 * `RENDERER_SOURCEMAP=1 npx electron-vite build`, then
 * `node --import tsx tests/bench/user/profile-fleet.ts [--renderer FOLDER] [--runs N] [--save FILE]`.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type CDPSession, type Page } from '@playwright/test'
import { SourceMapConsumer } from 'source-map-js'
import { createAssessmentStore } from '~electron/main/services/assessment-store/assessment-store'
import { RENDERER_OUT } from '../lib/paths'
import { median, round } from '../lib/stats'
import { withTempFolder } from '../lib/temp-folder'
import { LAUNCH } from '../renderer/start-figure'
import { startStaticServer } from '../renderer/static-server'
import { timeInteraction } from './page-timing'
import { FIRST_ROWS, loadThroughBridge, MATRIX_ROWS, openPage, saveAssessments } from './user-figures'

const SAVED = 500

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
  readonly columnNumber: number
}
interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: readonly number[]
}
interface Profile {
  readonly startTime: number
  readonly nodes: readonly ProfileNode[]
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
}

/** The phases: a sample counts for a phase when a function of it is on the stack (the first that matches wins). */
const PHASES: readonly { readonly name: string; readonly matches: (frame: { readonly name: string; readonly source: string }) => boolean }[] = [
  { name: 'JSON.parse of the answers', matches: (frame) => frame.name === 'parse' && frame.source === '(native)' },
  { name: 'matrix build (buildFleetMatrix)', matches: (frame) => frame.name === 'buildFleetMatrix' },
  { name: 'repeat questions (questionsOf)', matches: (frame) => frame.source.endsWith('fleet-selectors.ts') && frame.name === 'questionsOf' },
  { name: 'assessServer × N', matches: (frame) => frame.name === 'assessServer' },
  { name: 'identity grouping (latestRunPerServer)', matches: (frame) => frame.name === 'latestRunPerServer' },
  { name: 'derive + validate (deriveInstallDetails)', matches: (frame) => frame.name === 'deriveInstallDetails' },
  { name: 'zod (other)', matches: (frame) => frame.source.includes('node_modules/zod') },
  { name: 'checks chunk load', matches: (frame) => frame.source.includes('checks-module') },
  { name: 'React render/commit', matches: (frame) => frame.source.includes('react-dom') || frame.source.includes('scheduler') },
  { name: 'Griffel styles', matches: (frame) => frame.source.includes('@griffel') },
  { name: 'bench watcher (MutationObserver)', matches: (frame) => frame.name === 'holds' || frame.source.includes('__playwright') },
]

/** Resolves every frame of `profile` once. */
async function resolveFrames(profile: Profile, rendererFolder: string): Promise<Map<number, { name: string; source: string }>> {
  const consumers = new Map<string, SourceMapConsumer | null>()
  const resolved = new Map<number, { name: string; source: string }>()
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame
    let entry = { name: functionName || '(anonymous)', source: url === '' ? '(native)' : url.replace(/^.*\/assets\//, 'assets/') }
    if (url.includes('/assets/') && url.endsWith('.js')) {
      if (!consumers.has(url)) {
        const path = new URL(url).pathname.replace(/^\/app\//, '')
        const text = await fsp.readFile(join(rendererFolder, `${path}.map`), 'utf8').catch(() => undefined)
        consumers.set(url, text === undefined ? null : new SourceMapConsumer(JSON.parse(text)))
      }
      const consumer = consumers.get(url)
      // The profile's positions point at the function's start; the map names the original function there.
      const original = consumer?.originalPositionFor({ line: lineNumber + 1, column: columnNumber })
      if (original?.source !== undefined && original.source !== null) {
        entry = { name: original.name ?? entry.name, source: original.source.replace(/^(\.\.\/)+/, '') }
        const named = consumer?.originalPositionFor({ line: lineNumber + 1, column: columnNumber + 9 })
        if (original.name === null && named?.name !== null && named?.name !== undefined) {
          entry = { ...entry, name: named.name }
        }
      }
    }
    resolved.set(node.id, entry)
  }
  return resolved
}

/** Self and inclusive time, in milliseconds, over the profile's samples. */
/** The profile's time (µs) of each sample. */
function sampleTimes(profile: Profile): number[] {
  let time = profile.startTime
  return profile.timeDeltas.map((delta) => (time += delta))
}

/**
 * The page's `performance.now()` (ms) in the profile's clock (µs): the first sample inside the
 * calibration function the page ran at a known `performance.now()`.
 */
function pageClockOffset(profile: Profile, frames: ReadonlyMap<number, { name: string; source: string }>, calibratedAt: number): number {
  const times = sampleTimes(profile)
  const node = new Set(profile.nodes.filter((candidate) => frames.get(candidate.id)?.name === 'profileCalibration').map((candidate) => candidate.id))
  const index = profile.samples.findIndex((id) => node.has(id))
  return index === -1 ? Number.NaN : (times[index] ?? 0) - calibratedAt * 1000
}

function summarize(profile: Profile, frames: ReadonlyMap<number, { name: string; source: string }>, fromUs = Number.NEGATIVE_INFINITY) {
  const times = sampleTimes(profile)
  const parent = new Map<number, number>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id)
    }
  }
  const bySource = new Map<string, number>()
  const byFunction = new Map<string, number>()
  const byPhase = new Map<string, number>()
  const inclusive = new Map<string, number>()
  /** Phase → self time by function within it. */
  const phaseFunctions = new Map<string, Map<string, number>>()
  let total = 0
  profile.samples.forEach((nodeId, index) => {
    if ((times[index] ?? 0) < fromUs) {
      return
    }
    const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000
    total += ms
    const self = frames.get(nodeId)
    if (self !== undefined) {
      bySource.set(self.source, (bySource.get(self.source) ?? 0) + ms)
      const key = `${self.name}  (${self.source})`
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms)
    }
    const stack: { name: string; source: string }[] = []
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
      const frame = frames.get(id)
      if (frame !== undefined) {
        stack.push(frame)
      }
    }
    for (const key of new Set(stack.map((frame) => `${frame.name}  (${frame.source})`))) {
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms)
    }
    const phase = self !== undefined && ['(idle)', '(program)', '(garbage collector)'].includes(self.name) ? self.name : (PHASES.find((candidate) => stack.some(candidate.matches))?.name ?? 'other script')
    byPhase.set(phase, (byPhase.get(phase) ?? 0) + ms)
    const functions = phaseFunctions.get(phase) ?? new Map<string, number>()
    phaseFunctions.set(phase, functions)
    if (self !== undefined) {
      const key = `${self.name}  (${self.source})`
      functions.set(key, (functions.get(key) ?? 0) + ms)
    }
  })
  return { total, bySource, byFunction, byPhase, inclusive, phaseFunctions }
}

function top(map: ReadonlyMap<string, number>, count: number): string[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, ms]) => `${round(ms, 1).toFixed(1).padStart(8)} ms  ${key}`)
}

/** Times each `window.api` call in the page: main's handlers, the bridge and the answer's parse. */
async function timeApiCalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const api = (globalThis as unknown as { api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> }).api
    const calls: { name: string; start: number; end: number }[] = []
    ;(globalThis as unknown as { __apiCalls: typeof calls }).__apiCalls = calls
    for (const [namespace, methods] of Object.entries(api)) {
      for (const [method, call] of Object.entries(methods)) {
        if (typeof call !== 'function' || !['list', 'loadMany'].includes(method)) {
          continue
        }
        const timed = async (request?: unknown) => {
          const start = performance.now()
          try {
            return await call(request)
          } finally {
            calls.push({ name: `${namespace}.${method}`, start, end: performance.now() })
            performance.measure(`api ${namespace}.${method}`, { start, end: performance.now() })
          }
        }
        Object.defineProperty(methods, method, { value: timed })
      }
    }
  })
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]))
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
  const rendererFolder = option('--renderer') ?? RENDERER_OUT
  const runs = Number(option('--runs') ?? '3')
  const savePath = option('--save')
  await withTempFolder('entra-profile-fleet-', async (folder) => {
    const store = createAssessmentStore({ folder: join(folder, 'assessments') })
    await saveAssessments(store, SAVED)
    const server = await startStaticServer({ app: rendererFolder })
    const browser = await chromium.launch(LAUNCH)
    const phases: Map<string, number[]> = new Map()
    const wall: number[] = []
    try {
      for (let run = 0; run < runs; run += 1) {
        const page = await openPage(browser, server.origin, store, join(folder, 'none.json'))
        // As the figure does: main's part once first (the store opened, the files in the cache).
        await loadThroughBridge(page)
        await timeApiCalls(page)
        const session = await page.context().newCDPSession(page)
        await session.send('Performance.enable')
        await session.send('Profiler.enable')
        await session.send('Profiler.setSamplingInterval', { interval: 200 })
        const before = await metrics(session)
        await session.send('Profiler.start')
        // A function the profile can find, run at a known moment: it ties the page's clock to the profile's.
        const calibratedAt = await page.evaluate(function profileCalibration() {
          const at = performance.now()
          while (performance.now() - at < 5) {
            // Busy, so that the profiler samples it.
          }
          return at
        })
        const usable = { kind: 'count-and-label', selector: MATRIX_ROWS, count: FIRST_ROWS, labelSelector: 'button', label: `Show all ${SAVED} servers` } as const
        const ms = await timeInteraction(page, usable, 'pointerdown', () => page.getByRole('button', { name: 'Fleet', exact: true }).click(), 60_000)
        const { profile } = (await session.send('Profiler.stop')) as { profile: Profile }
        const after = await metrics(session)
        wall.push(ms)
        if (savePath !== undefined && run === runs - 1) {
          await fsp.writeFile(savePath, JSON.stringify(profile))
        }
        const frames = await resolveFrames(profile, rendererFolder)
        const summary = summarize(profile, frames)
        const api = await page.evaluate(() => (globalThis as unknown as { __apiCalls?: { name: string; start: number; end: number }[] }).__apiCalls ?? [])
        const delta = (name: string) => round(((after[name] ?? 0) - (before[name] ?? 0)) * 1000, 1)
        console.log(`\nrun ${run + 1}: usable after ${round(ms, 0)} ms; profiled ${round(summary.total, 0)} ms`)
        console.log(`  browser (Performance.getMetrics): script ${delta('ScriptDuration')} ms, style ${delta('RecalcStyleDuration')} ms, layout ${delta('LayoutDuration')} ms, all tasks ${delta('TaskDuration')} ms`)
        const startedAt = await page.evaluate(() => (globalThis as unknown as { __benchTiming?: { startedAt?: number } }).__benchTiming?.startedAt ?? 0)
        const lastAnswer = Math.max(...api.map((call) => call.end)) - startedAt
        console.log(`  press → first call ${round(Math.min(...api.map((call) => call.start)) - startedAt, 0)} ms, → last answer ${round(lastAnswer, 0)} ms, last answer → usable ${round(ms - lastAnswer, 0)} ms`)
        phases.set('critical path: press → last answer', [...(phases.get('critical path: press → last answer') ?? []), lastAnswer])
        phases.set('critical path: last answer → usable', [...(phases.get('critical path: last answer → usable') ?? []), ms - lastAnswer])
        const offset = pageClockOffset(profile, frames, calibratedAt)
        const afterLast = summarize(profile, frames, offset + (lastAnswer + startedAt) * 1000)
        console.log(`  after the last answer (profile clock offset ${Number.isNaN(offset) ? 'not found' : 'found'}):`)
        top(afterLast.byPhase, 20).forEach((line) => console.log(`    ${line}`))
        const phaseShown = option('--phase')
        if (phaseShown !== undefined) {
          console.log(`  after the last answer, self time in "${phaseShown}":`)
          top(afterLast.phaseFunctions.get(phaseShown) ?? new Map(), 40).forEach((line) => console.log(`    ${line}`))
        }
        for (const [phase, value] of afterLast.byPhase) {
          phases.set(`after last answer: ${phase}`, [...(phases.get(`after last answer: ${phase}`) ?? []), value])
        }
        const first = Math.min(...api.map((call) => call.start))
        console.log(`  api calls (from the first call, ms): ${api.map((call) => `${call.name} ${round(call.start - first, 0)}→${round(call.end - first, 0)}`).join(', ')}`)
        console.log('  phases (inclusive; a sample counts once):')
        top(summary.byPhase, 20).forEach((line) => console.log(`    ${line}`))
        console.log('  self time by source file:')
        top(summary.bySource, 25).forEach((line) => console.log(`    ${line}`))
        console.log('  self time by function:')
        top(summary.byFunction, 30).forEach((line) => console.log(`    ${line}`))
        if (argv.includes('--inclusive')) {
          console.log('  inclusive time by function:')
          top(summary.inclusive, 80).forEach((line) => console.log(`    ${line}`))
        }
        for (const [phase, value] of summary.byPhase) {
          phases.set(phase, [...(phases.get(phase) ?? []), value])
        }
        phases.set('browser: style', [...(phases.get('browser: style') ?? []), delta('RecalcStyleDuration')])
        phases.set('browser: layout', [...(phases.get('browser: layout') ?? []), delta('LayoutDuration')])
        await page.context().close()
      }
    } finally {
      await browser.close()
      await server.close()
    }
    console.log(`\nmedian over ${runs} runs: usable after ${round(median(wall), 0)} ms`)
    ;[...phases.entries()].sort((a, b) => median(b[1]) - median(a[1])).forEach(([phase, values]) => console.log(`  ${round(median(values), 1).toFixed(1).padStart(8)} ms  ${phase}`))
  })
}

await main()
