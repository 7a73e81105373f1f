/**
 * Figure 6, main-process start: importing the built entry (out/main/index.js) until it calls
 * `new BrowserWindow(options)`, with Electron replaced by a stub through a module-resolution hook,
 * in a fresh Node process per sample; and no synchronous file-system call on the way.
 */
import { fileURLToPath } from 'node:url'
import { makeCheck, type FigureResult } from '../lib/check'
import { expectExit, runNode } from '../lib/node-child'
import { MAIN_ENTRY, PROJECT_ROOT } from '../lib/paths'
import { median, round } from '../lib/stats'

/** Options for {@link measureMainStart}. */
export interface MainStartOptions {
  /** Fresh processes measured, after a control run (which also warms the disk cache). */
  readonly samples: number
}

/** What one child reports (see child.mjs). */
interface ChildReport {
  readonly importMs: number
  readonly windowMs: number | null
  readonly sinceProcessStartMs: number | null
  readonly syncCalls: readonly { readonly name: string; readonly path: string; readonly caller: string }[]
  readonly windowOptions: { readonly webPreferences?: Readonly<Record<string, unknown>> } | null
}

const CHILD = fileURLToPath(new URL('./child.mjs', import.meta.url))

async function runChild(isControl = false): Promise<ChildReport> {
  const run = await runNode([CHILD, MAIN_ENTRY, ...(isControl ? ['--control'] : [])], { cwd: PROJECT_ROOT })
  expectExit(run, [0], 'the main-process start child')
  const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as ChildReport
  if (report.windowMs === null || report.windowOptions === null) {
    throw new Error('out/main/index.js never created its window with the Electron stub')
  }
  return report
}

/** Runs the children one after another and checks the time to the window and the sync calls. */
export async function measureMainStart(options: MainStartOptions): Promise<FigureResult> {
  if ((await runChild(true)).syncCalls.length === 0) {
    throw new Error('the sync fs spy missed a deliberate statSync: the main-process figure cannot be trusted')
  }
  const reports: ChildReport[] = []
  for (let index = 0; index < options.samples; index += 1) {
    reports.push(await runChild())
  }
  const syncCalls = reports.flatMap((report) => report.syncCalls)
  const preferences = reports[0]?.windowOptions?.webPreferences ?? {}
  const callers = [...new Set(syncCalls.map((call) => `${call.name}(${call.path}) from ${call.caller}`))]
  return {
    title: 'Main-process start (import out/main/index.js → new BrowserWindow, Electron stubbed)',
    checks: [
      makeCheck({ id: 'main-start', label: 'import → new BrowserWindow(options)', unit: 'ms', samples: reports.map((report) => report.windowMs ?? Number.NaN), target: { on: 'value', comparison: '<', limit: 100 } }),
      makeCheck({ id: 'main-start-sync-fs', label: 'sync fs calls before the window (per start)', unit: 'calls', samples: reports.map((report) => report.syncCalls.length), target: { on: 'value', comparison: '=', limit: 0 } }),
    ],
    notes: [
      `${options.samples} fresh processes after a control run; from process start to the window: median ${round(median(reports.map((report) => report.sinceProcessStartMs ?? Number.NaN)), 1)} ms (Node's own start-up included)`,
      `window options: sandbox ${String(preferences.sandbox)}, contextIsolation ${String(preferences.contextIsolation)}, nodeIntegration ${String(preferences.nodeIntegration)}`,
      ...(callers.length === 0 ? ['no readFileSync/openSync/statSync/lstatSync/existsSync/readdirSync/accessSync/realpathSync call outside Node itself'] : callers.slice(0, 5)),
    ],
  }
}
