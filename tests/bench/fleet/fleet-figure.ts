/**
 * Figure 3, fleet assessment: the built command line over 10,000 server files. In JSON Lines
 * (rules said once), against a Node process that only reads and parses the same files, and its
 * peak memory; in the contract's JSON (each rule's texts repeated for every server), against its
 * own floor: reading, parsing and writing as many bytes, with no assessment.
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

/** Where each server object starts in the command line's indented JSON: its first key at six spaces. */
const SERVER_START = Buffer.from('\n      "source": ')
const NO_ERRORS_END = Buffer.from('"errors": []\n}')

/**
 * Counts the servers in the contract document by its fixed indentation, over the bytes: for 10,000
 * servers the document is larger than the longest string V8 allows, so it cannot be read as text.
 */
async function checkReport(reportFile: string, serverCount: number): Promise<void> {
  const bytes = await fsp.readFile(reportFile)
  let servers = 0
  for (let at = bytes.indexOf(SERVER_START); at !== -1; at = bytes.indexOf(SERVER_START, at + SERVER_START.length)) {
    servers += 1
  }
  const noErrors = bytes.subarray(bytes.length - NO_ERRORS_END.length - 1).includes(NO_ERRORS_END)
  if (servers !== serverCount || !noErrors) {
    throw new Error(`the command line assessed ${servers} servers${noErrors ? '' : ' with errors'}; expected ${serverCount} and no errors`)
  }
}

async function checkLines(reportFile: string, serverCount: number): Promise<void> {
  const types = (await fsp.readFile(reportFile, 'utf8')).split('\n').map((line) => line.slice(0, 16))
  const servers = types.filter((type) => type === '{"type":"server"').length
  const errors = types.filter((type) => type === '{"type":"error",').length
  if (types[0] !== '{"type":"header"' || servers !== serverCount || errors !== 0) {
    throw new Error(`the command line wrote ${servers} server lines and ${errors} error lines in JSON Lines; expected a header, ${serverCount} and none`)
  }
}

function medianMs(samples: readonly Sample[]): number {
  return median(samples.map((sample) => sample.ms))
}

/**
 * Generates the fleet, then runs the command line in JSON Lines and in the contract's JSON, the
 * read + parse baseline and the contract JSON's floor in turn (after one warm-up each), and compares medians.
 */
export async function measureFleet(options: FleetOptions): Promise<FigureResult> {
  return withTempFolder('entra-bench-fleet-', async (folder) => {
    const servers = join(folder, 'servers')
    await fsp.mkdir(servers)
    const totalBytes = await writeFleet(servers, options.serverCount)
    const jsonFile = join(folder, 'report.json')
    const jsonlFile = join(folder, 'report.jsonl')
    const rssFile = join(folder, 'max-rss')
    const cliArgs = (format: string, out: string) => [CLI_ENTRY, 'assess', servers, '--format', format, '--as-of', BENCH_AS_OF, '--out', out]
    const runJsonl = () => runMeasured(cliArgs('jsonl', jsonlFile), rssFile, [0, 1], 'the command line (jsonl)')
    const runJson = () => runMeasured(cliArgs('json', jsonFile), rssFile, [0, 1], 'the command line (json)')
    const runBaseline = () => runMeasured([PARSE_ONLY, servers], rssFile, [0], 'the parse-only baseline')
    await runJsonl()
    await checkLines(jsonlFile, options.serverCount)
    await runJson()
    await checkReport(jsonFile, options.serverCount)
    await runBaseline()
    const reportBytes = (await fsp.stat(jsonFile)).size
    const linesBytes = (await fsp.stat(jsonlFile)).size
    const floorFile = join(folder, 'floor.out')
    const runFloor = () => runMeasured([WRITE_FLOOR, servers, floorFile, String(reportBytes)], rssFile, [0], 'the write floor')
    await runFloor()
    const samples = { jsonl: [] as Sample[], json: [] as Sample[], baseline: [] as Sample[], floor: [] as Sample[] }
    const runners = { jsonl: runJsonl, json: runJson, baseline: runBaseline, floor: runFloor }
    const order = ['jsonl', 'baseline', 'json', 'floor'] as const
    for (let index = 0; index < options.runs; index += 1) {
      // Turn the order round every run, so a slow spell on the shared machine hits each of them.
      for (const name of index % 2 === 0 ? order : [...order].reverse()) {
        samples[name].push(await runners[name]())
      }
    }
    const jsonlRss = samples.jsonl.map((sample) => sample.maxRssBytes / 1e6)
    const jsonRss = samples.json.map((sample) => sample.maxRssBytes / 1e6)
    return {
      title: `Fleet assessment (${options.serverCount.toLocaleString('en-US')} servers, ${round(totalBytes / 1e6, 1)} MB of files)`,
      checks: [
        makeCheck({
          id: 'fleet-assess-jsonl',
          label: 'cli.js assess <folder> --format jsonl --out FILE',
          unit: 'ms',
          samples: samples.jsonl.map((sample) => sample.ms),
          baseline: { label: 'read + JSON.parse only', samples: samples.baseline.map((sample) => sample.ms) },
          target: { on: 'ratio', comparison: '<=', limit: 2 },
        }),
        makeCheck({ id: 'fleet-peak-memory-jsonl', label: 'command line peak memory, jsonl (max RSS)', unit: 'MB', samples: jsonlRss, target: { on: 'value', comparison: '<', limit: 300 } }),
        makeCheck({
          id: 'fleet-assess-json',
          label: 'cli.js assess <folder> --format json --out FILE',
          unit: 'ms',
          samples: samples.json.map((sample) => sample.ms),
          baseline: { label: `its floor: read + parse, write ${round(reportBytes / 1e6, 0)} MB`, samples: samples.floor.map((sample) => sample.ms) },
          target: { on: 'ratio', comparison: '<=', limit: 1.5 },
        }),
      ],
      notes: [
        `output: jsonl ${round(linesBytes / 1e6, 1)} MB, json ${round(reportBytes / 1e6, 1)} MB`,
        `per server: jsonl ${round((medianMs(samples.jsonl) / options.serverCount) * 1000, 1)} µs, json ${round((medianMs(samples.json) / options.serverCount) * 1000, 1)} µs wall time (start-up included)`,
        `json against read + parse only: ${round(medianMs(samples.json) / medianMs(samples.baseline), 2)}x; its floor alone is ${round(medianMs(samples.floor) / medianMs(samples.baseline), 2)}x`,
        `peak memory: jsonl max ${round(Math.max(...jsonlRss), 1)} MB, json median ${round(median(jsonRss), 1)} MB (max ${round(Math.max(...jsonRss), 1)}) over ${options.runs} runs; baseline median ${round(median(samples.baseline.map((sample) => sample.maxRssBytes / 1e6)), 1)} MB`,
      ],
    }
  })
}
