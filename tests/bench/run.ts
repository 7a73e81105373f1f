/**
 * `npm run bench`: measures the app's performance figures on this machine (after `npm run build`),
 * prints each median with its baseline, target and result, and writes tests/bench/results/latest.json.
 *
 * Options: `--save-baseline` also writes results/baseline.json (the committed snapshot later runs
 * compare with); `--only renderer-start,fleet` runs some figures; `--quick` takes fewer samples
 * (for trying the bench, not for figures to quote). Exits 1 when a target is missed.
 */
import { fileURLToPath } from 'node:url'
import type { FigureResult } from './lib/check'
import { formatFigure, formatSummary, readResults, toResultsFile, writeResults } from './lib/report'
import { measureBlankLines } from './blank-lines/blank-lines-figure'
import { measureFleet } from './fleet/fleet-figure'
import { measureMainStart } from './main-start/main-start-figure'
import { measureOversized } from './oversized/oversized-figure'
import { measureRendererSize } from './renderer/size-figure'
import { measureRendererStart } from './renderer/start-figure'
import { measureRules } from './rules/rules-figure'
import { measureUserFigures } from './user/user-figures'

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url))
const LATEST = `${RESULTS}latest.json`
const SNAPSHOT = `${RESULTS}baseline.json`

/** Every figure, in the order run: in-process ones first, the heavy child-process ones last. */
const FIGURES: Readonly<Record<string, (isQuick: boolean) => Promise<FigureResult>>> = {
  rules: async (isQuick) => measureRules({ documentCount: 12, batches: isQuick ? 5 : 15, batchSize: 2000 }),
  oversized: (isQuick) => measureOversized({ samples: isQuick ? 5 : 25 }),
  'blank-lines': (isQuick) => measureBlankLines({ samples: isQuick ? 3 : 9 }),
  'main-start': (isQuick) => measureMainStart({ samples: isQuick ? 3 : 12 }),
  'renderer-size': () => measureRendererSize(),
  'renderer-start': (isQuick) => measureRendererStart({ samples: isQuick ? 3 : 15, warmups: isQuick ? 1 : 2 }),
  user: (isQuick) => measureUserFigures({ samples: isQuick ? 3 : 9, savedAssessments: 500 }),
  fleet: (isQuick) => measureFleet({ serverCount: isQuick ? 1000 : 10_000, runs: isQuick ? 2 : 5 }),
}

function parseOptions(argv: readonly string[]): { isQuick: boolean; shouldSaveBaseline: boolean; only: readonly string[] } {
  const onlyIndex = argv.indexOf('--only')
  const only = onlyIndex === -1 ? Object.keys(FIGURES) : (argv[onlyIndex + 1] ?? '').split(',')
  const unknown = only.filter((name) => !(name in FIGURES))
  if (unknown.length > 0) {
    throw new Error(`unknown figure ${unknown.join(', ')}; the figures are ${Object.keys(FIGURES).join(', ')}`)
  }
  return { isQuick: argv.includes('--quick'), shouldSaveBaseline: argv.includes('--save-baseline'), only }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const snapshot = await readResults(SNAPSHOT)
  const started = Date.now()
  const figures: FigureResult[] = []
  console.log(`Benchmarks (${options.isQuick ? 'quick: fewer samples, not for quoting' : 'full'}); medians over repeated runs, baselines measured in this run.\n`)
  for (const name of options.only) {
    const measure = FIGURES[name] as (isQuick: boolean) => Promise<FigureResult>
    const figure = await measure(options.isQuick)
    figures.push(figure)
    console.log(formatFigure(figure, snapshot))
  }
  const results = toResultsFile(figures)
  await writeResults(LATEST, results)
  if (options.shouldSaveBaseline) {
    await writeResults(SNAPSHOT, results)
  }
  console.log(formatSummary(figures, snapshot === undefined ? undefined : 'tests/bench/results/baseline.json'))
  console.log(`Machine: ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, load average ${results.machine.loadAverage.join(' ')}.`)
  console.log(`Wrote tests/bench/results/latest.json${options.shouldSaveBaseline ? ' and baseline.json' : ''} in ${Math.round((Date.now() - started) / 1000)} s.`)
  if (figures.some((figure) => figure.checks.some((check) => !check.pass))) {
    process.exitCode = 1
  }
}

await main()
