/**
 * One sample of the main-process start figure, in a fresh Node process:
 * `node child.mjs <out/main/index.js> [--control]`. Prints one JSON line: the time from importing
 * the entry to `new BrowserWindow(options)`, and every synchronous file-system call made on the
 * way by code outside Node itself. `--control` makes one such call first, to prove it is seen.
 */
import fs from 'node:fs'
import { register, syncBuiltinESMExports } from 'node:module'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const SYNC_FUNCTIONS = ['readFileSync', 'openSync', 'statSync', 'lstatSync', 'existsSync', 'readdirSync', 'accessSync', 'realpathSync']
const entry = process.argv[2]
if (entry === undefined) {
  throw new Error('usage: node child.mjs <main entry>')
}

register('./electron-hooks.mjs', import.meta.url)

const state = { syncCalls: [], windowAt: undefined, windowOptions: undefined, syncCallsAtWindow: undefined }
globalThis.__benchMainStart = state

/** The caller's frames outside this file and Node's internals: empty when Node itself made the call. */
function callerFrames() {
  const frames = (new Error().stack ?? '').split('\n').slice(1).map((line) => line.trim())
  return frames.filter((line) => !line.includes('node:') && !line.includes(import.meta.url) && !line.includes('child.mjs'))
}

for (const name of SYNC_FUNCTIONS) {
  const original = fs[name]
  fs[name] = function (...args) {
    const frames = callerFrames()
    if (frames.length > 0) {
      state.syncCalls.push({ name, path: String(args[0]), caller: frames[0] })
    }
    return original.apply(this, args)
  }
}
syncBuiltinESMExports()

if (process.argv[3] === '--control') {
  // The spy's own check: a module outside Node that reads synchronously must be counted.
  await import('data:text/javascript,import fs from "fs"; fs.statSync(".")')
}

const start = performance.now()
await import(pathToFileURL(entry).href)
const imported = performance.now()
// `app.whenReady().then(start)` runs in the microtasks after the import; give it a turn.
await new Promise((resolve) => setImmediate(resolve))
const result = {
  importMs: imported - start,
  windowMs: state.windowAt === undefined ? null : state.windowAt - start,
  sinceProcessStartMs: state.windowAt ?? null,
  syncCalls: state.syncCalls.slice(0, state.syncCallsAtWindow ?? state.syncCalls.length),
  windowOptions: state.windowOptions ?? null,
}
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
