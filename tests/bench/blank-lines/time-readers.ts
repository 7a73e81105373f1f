/**
 * Child process of the blank-lines figure: times each reader on FILE, printing one JSON line per
 * call (`{"reader","ms","outcome"}`) as it finishes, so the parent keeps what finished before it
 * stops a reader that takes too long. Usage: node --import tsx time-readers.ts FILE SAMPLES
 */
import { performance } from 'node:perf_hooks'
import { readCliFile } from '~electron/cli/read-cli-file'
import { readInputForRenderer } from '~electron/main/services/read-input-for-renderer'

const [path, samplesText] = process.argv.slice(2)
if (path === undefined || samplesText === undefined) {
  throw new Error('usage: time-readers.ts FILE SAMPLES')
}

// Keyed by the names the figure's earlier results use: main's reader and the command line's.
const READERS: Readonly<Record<string, (file: string) => Promise<string>>> = {
  readInputFile: async (file) => {
    const result = await readInputForRenderer(file)
    return result.ok ? 'detected' : result.error.message
  },
  readServerFile: async (file) => {
    const result = readCliFile(file)
    return result.ok ? 'detected' : result.error.message
  },
}

for (const [reader, read] of Object.entries(READERS)) {
  // One warm-up call, then the samples.
  for (let index = 0; index <= Number(samplesText); index += 1) {
    const start = performance.now()
    const outcome = await read(path)
    process.stdout.write(`${JSON.stringify({ reader, ms: performance.now() - start, outcome, isWarmUp: index === 0 })}\n`)
  }
}
