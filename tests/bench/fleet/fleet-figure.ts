/**
 * Figure 3, fleet assessment: the built command line over 10,000 server files, against a Node
 * process that only reads and parses the same files; and the command line's peak memory.
 */
import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { makeCheck, type FigureResult } from '../lib/check'
import { expectExit, runNode, type ChildRun } from '../lib/node-child'
import { BENCH_AS_OF, CLI_ENTRY } from '../lib/paths'
import { median, round } from '../lib/stats'
import { withTempFolder } from '../lib/temp-folder'
import { writeFleet } from './generate-servers'

/** Options for {@link measureFleet}. */
export interface FleetOptions {
  readonly serverCount: number
  readonly runs: number
}

const PRELOAD = new URL('./record-max-rss.mjs', import.meta.url).pathname
const PARSE_ONLY = new URL('./parse-only.mjs', import.meta.url).pathname
const WRITE_FLOOR = new URL('./write-floor.mjs', import.meta.url).pathname

interface Sample {
  readonly ms: number
  readonly maxRssBytes: number
}

async function runMeasured(args: readonly string[], rssFile: string, allowedExits: readonly number[], what: string): Promise<Sample & { run: ChildRun }> {
  await fsp.rm(rssFile, { force: true })
  const run = await runNode(['--import', PRELOAD, ...args], { env: { BENCH_MAX_RSS_FILE: rssFile } })
  expectExit(run, allowedExits, what)
  return { ms: run.ms, maxRssBytes: Number(await fsp.readFile(rssFile, 'utf8')), run }
}

async function checkReport(reportFile: string, serverCount: number): Promise<void> {
  const report = JSON.parse(await fsp.readFile(reportFile, 'utf8')) as { servers: unknown[]; errors: unknown[] }
  if (report.servers.length !== serverCount || report.errors.length !== 0) {
    throw new Error(`the command line assessed ${report.servers.length} servers with ${report.errors.length} errors; expected ${serverCount} and none`)
  }
}

/** Generates the fleet, runs both processes alternately (after one warm-up each) and compares medians. */
export async function measureFleet(options: FleetOptions): Promise<FigureResult> {
  return withTempFolder('entra-bench-fleet-', async (folder) => {
    const servers = join(folder, 'servers')
    await fsp.mkdir(servers)
    const totalBytes = await writeFleet(servers, options.serverCount)
    const reportFile = join(folder, 'report.json')
    const rssFile = join(folder, 'max-rss')
    const cliArgs = [CLI_ENTRY, 'assess', servers, '--format', 'json', '--as-of', BENCH_AS_OF, '--out', reportFile]
    const runCli = () => runMeasured(cliArgs, rssFile, [0, 1], 'the command line')
    const runBaseline = () => runMeasured([PARSE_ONLY, servers], rssFile, [0], 'the parse-only baseline')
    await runCli()
    await checkReport(reportFile, options.serverCount)
    await runBaseline()
    const reportBytes = (await fsp.stat(reportFile)).size
    const floorFile = join(folder, 'floor.out')
    const runFloor = () => runMeasured([WRITE_FLOOR, servers, floorFile, String(reportBytes)], rssFile, [0], 'the write floor')
    const cli: Sample[] = []
    const baseline: Sample[] = []
    const floor: Sample[] = []
    for (let index = 0; index < options.runs; index += 1) {
      // Alternate which goes first, so a slow spell on the shared machine hits both.
      if (index % 2 === 0) {
        cli.push(await runCli())
        baseline.push(await runBaseline())
      } else {
        baseline.push(await runBaseline())
        cli.push(await runCli())
      }
      floor.push(await runFloor())
    }
    const cliRss = cli.map((sample) => sample.maxRssBytes / 1e6)
    return {
      title: `Fleet assessment (${options.serverCount.toLocaleString('en-US')} servers, ${round(totalBytes / 1e6, 1)} MB of files)`,
      checks: [
        makeCheck({
          id: 'fleet-assess',
          label: 'cli.js assess <folder> --format json --out FILE',
          unit: 'ms',
          samples: cli.map((sample) => sample.ms),
          baseline: { label: 'read + JSON.parse only', samples: baseline.map((sample) => sample.ms) },
          target: { on: 'ratio', comparison: '<=', limit: 2 },
        }),
        makeCheck({ id: 'fleet-peak-memory', label: 'command line peak memory (max RSS)', unit: 'MB', samples: cliRss, target: { on: 'value', comparison: '<', limit: 300 } }),
      ],
      notes: [
        `per server: ${round((median(cli.map((sample) => sample.ms)) / options.serverCount) * 1000, 1)} µs wall time (start-up included)`,
        `floor: reading and parsing the files and writing ${round(reportBytes / 1e6, 0)} MB (the report's size, bytes precomputed) takes ${round(median(floor.map((sample) => sample.ms)), 0)} ms, ${round(median(floor.map((sample) => sample.ms)) / median(baseline.map((sample) => sample.ms)), 2)}x the baseline, before any assessment`,
        `peak memory: command line max ${round(Math.max(...cliRss), 1)} MB over ${cli.length} runs; baseline median ${round(median(baseline.map((sample) => sample.maxRssBytes / 1e6)), 1)} MB`,
      ],
    }
  })
}
