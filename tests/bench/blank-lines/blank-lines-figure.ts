/**
 * Figure: a 1 MB text file of blank lines is refused (or its format detected) in under 100 ms, by
 * the reader the app uses for every opened or dropped input (`readInputFile`: decoding, then format
 * detection) and by the command line's (`readServerFile`). The blank lines sit between two stray
 * characters, so trimming the text cannot remove them: a detection pattern whose `\s*` runs across
 * lines grows with the square of their count (hours for this file), and this figure keeps it fixed.
 *
 * The readers run in a child process stopped after {@link DEADLINE_MS}: a reader still running
 * then has missed the target, and its samples count as the deadline.
 */
import { spawn } from 'node:child_process'
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { makeCheck, type FigureResult } from '../lib/check'
import { round } from '../lib/stats'
import { withTempFolder } from '../lib/temp-folder'

/** Options for {@link measureBlankLines}. */
export interface BlankLinesOptions {
  /** Samples per reader, after one warm-up each. */
  readonly samples: number
}

const FILE_BYTES = 1024 * 1024
const DEADLINE_MS = 20_000
const READERS = ['readInputFile', 'readServerFile'] as const
const CHILD = new URL('./time-readers.ts', import.meta.url).pathname

interface Timing {
  readonly reader: string
  readonly ms: number
  readonly outcome: string
  readonly isWarmUp: boolean
}

/** Runs the child until it ends or the deadline; returns the timings it printed, and whether it was stopped. */
function timeReaders(path: string, samples: number): Promise<{ timings: Timing[]; wasStopped: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, String(samples)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let errors = ''
    let wasStopped = false
    const timer = setTimeout(() => {
      wasStopped = true
      child.kill('SIGKILL')
    }, DEADLINE_MS)
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      if (!wasStopped && code !== 0) {
        reject(new Error(`the blank-lines child exited with ${String(code)}: ${errors.slice(0, 2000)}`))
        return
      }
      const timings = output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Timing)
      resolve({ timings, wasStopped })
    })
  })
}

/** Writes the file (CRLF blank lines, as Windows writes them), then times each reader on it. */
export async function measureBlankLines(options: BlankLinesOptions): Promise<FigureResult> {
  return withTempFolder('entra-bench-blank-', async (folder) => {
    const path = join(folder, 'blank-lines.txt')
    await fsp.writeFile(path, `.${'\r\n'.repeat(FILE_BYTES / 2 - 1)}.`)
    const { timings, wasStopped } = await timeReaders(path, options.samples)
    const notes: string[] = []
    const checks = READERS.map((reader) => {
      const own = timings.filter((timing) => timing.reader === reader)
      const samples = own.filter((timing) => !timing.isWarmUp).map((timing) => timing.ms)
      const missing = options.samples - samples.length
      if (missing > 0) {
        notes.push(`${reader}: ${missing} of ${options.samples} calls did not finish within ${DEADLINE_MS / 1000} s (counted as ${DEADLINE_MS / 1000} s)`)
      }
      const first = own[0]
      if (first !== undefined) {
        notes.push(`${reader}: "${first.outcome.slice(0, 100)}…" (warm-up call ${round(first.ms, 1)} ms)`)
      }
      const counted = [...samples, ...Array.from({ length: Math.max(0, missing) }, () => DEADLINE_MS)]
      return makeCheck({ id: `blank-lines-${reader}`, label: `${reader}: 1 MB of blank lines refused or detected`, unit: 'ms', samples: counted, target: { on: 'value', comparison: '<', limit: 100 } })
    })
    if (wasStopped) {
      notes.push(`the readers were stopped after ${DEADLINE_MS / 1000} s`)
    }
    return { title: 'A 1 MB text file of blank lines (between two stray characters)', checks, notes }
  })
}
