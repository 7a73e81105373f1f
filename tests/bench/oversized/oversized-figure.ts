/**
 * Figure 5, oversized input: refusing a 2 GB file (sparse, so it costs no disk) takes under 50 ms
 * and reads none of it, with both readers the app and the command line use.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { readInputForRenderer } from '~electron/main/services/read-input-for-renderer'
import { readInputBytes } from '~electron/node/read-input-bytes'
import { makeCheck, type Check, type FigureResult } from '../lib/check'
import { withTempFolder } from '../lib/temp-folder'
import { spyOnReads, type ReadCounts } from './read-spy'

/** Options for {@link measureOversized}. */
export interface OversizedOptions {
  /** Samples per reader, after one warm-up each. */
  readonly samples: number
}

const FILE_BYTES = 2 * 1024 ** 3

// Keyed by the names the figure's earlier results use: the byte reader main and the command line
// share, and main's reader for the renderer.
const READERS = {
  readInstallDetailsFile: (path: string) => readInputBytes(path),
  readInputFile: (path: string) => readInputForRenderer(path),
} as const

/** Bytes this process has read through read calls so far (Linux), for a second opinion beside the spy. */
async function bytesReadByProcess(): Promise<number | undefined> {
  const io = await fsp.readFile('/proc/self/io', 'utf8').catch(() => undefined)
  const match = io === undefined ? null : /^rchar:\s*(\d+)$/m.exec(io)
  return match === null ? undefined : Number(match[1])
}

async function refuse(path: string, reader: keyof typeof READERS): Promise<number> {
  const start = performance.now()
  const result = await READERS[reader](path)
  const ms = performance.now() - start
  if (result.ok || result.error.code !== 'file-too-large') {
    throw new Error(`${reader} did not refuse the 2 GB file as too large (${result.ok ? 'it was read' : result.error.code})`)
  }
  return ms
}

/** The spy must see a reader read a small file, or its zeros below would prove nothing. */
async function checkSpySeesReads(folder: string): Promise<void> {
  const path = join(folder, 'small.json')
  await fsp.writeFile(path, '{"kind":"entra-connect-install-details","schemaVersion":1}')
  const spy = spyOnReads()
  try {
    await readInputForRenderer(path)
  } finally {
    spy.stop()
  }
  if (spy.counts.opens === 0 || spy.counts.bytesRead === 0) {
    throw new Error('the read spy did not see readInputFile read a small file: the oversized figure cannot be trusted')
  }
}

/** Creates the sparse file, then times each reader refusing it with every open and read counted. */
export async function measureOversized(options: OversizedOptions): Promise<FigureResult> {
  return withTempFolder('entra-bench-oversized-', async (folder) => {
    const path = join(folder, 'huge-install-details.json')
    await fsp.writeFile(path, '')
    await fsp.truncate(path, FILE_BYTES)
    await checkSpySeesReads(folder)
    const checks: Check[] = []
    const notes: string[] = []
    const totals: ReadCounts = { opens: 0, bytesRead: 0, calls: [] }
    for (const reader of Object.keys(READERS) as (keyof typeof READERS)[]) {
      const samples: number[] = []
      const before = await bytesReadByProcess()
      const spy = spyOnReads()
      try {
        await refuse(path, reader)
        for (let index = 0; index < options.samples; index += 1) {
          samples.push(await refuse(path, reader))
        }
      } finally {
        spy.stop()
      }
      const after = await bytesReadByProcess()
      totals.opens += spy.counts.opens
      totals.bytesRead += spy.counts.bytesRead
      totals.calls.push(...spy.counts.calls)
      checks.push(makeCheck({ id: `oversized-${reader}`, label: `${reader} refuses 2 GiB`, unit: 'ms', samples, target: { on: 'value', comparison: '<', limit: 50 } }))
      const kernel = before === undefined || after === undefined ? 'not available' : `${(after - before).toLocaleString('en-US')} bytes (the /proc read itself included)`
      notes.push(`${reader}: ${spy.counts.opens} opens, ${spy.counts.bytesRead} bytes read over ${options.samples + 1} calls; the kernel's count of bytes read by this process meanwhile: ${kernel}`)
    }
    const opened = totals.calls.length === 0 ? 'nothing opened' : `called: ${[...new Set(totals.calls)].join(', ')}`
    checks.push(
      makeCheck({ id: 'oversized-bytes-read', label: 'bytes read while refusing (all calls)', unit: 'bytes', samples: [totals.bytesRead], target: { on: 'value', comparison: '=', limit: 0 } }),
      makeCheck({ id: 'oversized-opens', label: 'files opened while refusing (all calls)', unit: 'calls', samples: [totals.opens], target: { on: 'value', comparison: '=', limit: 0 } }),
    )
    notes.push(`spied: fs.promises.open/readFile, fs.open/openSync/read/readSync/readFile/readFileSync/createReadStream: ${opened}`)
    return { title: 'Oversized input (a sparse 2 GiB file)', checks, notes }
  })
}
