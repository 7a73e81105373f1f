/**
 * Printing the figures as a table, and the results file each run writes (and the committed
 * snapshot later runs are compared with).
 */
import fsp from 'node:fs/promises'
import { cpus, loadavg, platform } from 'node:os'
import { dirname } from 'node:path'
import { describeTarget, type Check, type FigureResult } from './check'
import { round } from './stats'

/** The results file: latest.json every run, baseline.json when saved on purpose. */
export interface ResultsFile {
  readonly schemaVersion: 1
  readonly createdAt: string
  readonly machine: { readonly node: string; readonly platform: string; readonly cpus: number; readonly cpuModel: string; readonly loadAverage: readonly number[] }
  readonly figures: readonly FigureResult[]
}

const COLUMNS = ['figure', 'median', 'baseline', 'ratio', 'target', 'result', 'vs snapshot'] as const

/** Builds the results file for this run. */
export function toResultsFile(figures: readonly FigureResult[]): ResultsFile {
  return {
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    machine: { node: process.version, platform: platform(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((value) => round(value, 2)) },
    figures,
  }
}

/** Reads a results file, or undefined when there is none (or it cannot be read). */
export async function readResults(path: string): Promise<ResultsFile | undefined> {
  const text = await fsp.readFile(path, 'utf8').catch(() => undefined)
  return text === undefined ? undefined : (JSON.parse(text) as ResultsFile)
}

/** Writes a results file (pretty JSON), creating its folder. */
export async function writeResults(path: string, results: ResultsFile): Promise<void> {
  await fsp.mkdir(dirname(path), { recursive: true })
  await fsp.writeFile(path, `${JSON.stringify(results, null, 2)}\n`)
}

function formatNumber(value: number, unit: string): string {
  return `${round(value, value < 10 ? 2 : 1).toLocaleString('en-US')} ${unit}`
}

/** The change against the snapshot's same check: its ratio for ratio targets, else its value. */
function changeSince(check: Check, snapshot: ResultsFile | undefined): string {
  const before = snapshot?.figures.flatMap((figure) => figure.checks).find((candidate) => candidate.id === check.id)
  if (before === undefined) {
    return 'new'
  }
  const [now, then] = check.target.on === 'ratio' ? [check.ratio ?? 0, before.ratio ?? 0] : [check.value, before.value]
  if (then === 0) {
    return now === 0 ? '±0' : 'was 0'
  }
  const percent = ((now - then) / then) * 100
  return `${percent >= 0 ? '+' : ''}${round(percent, 1)}%`
}

function row(check: Check, snapshot: ResultsFile | undefined): readonly string[] {
  return [
    check.label,
    formatNumber(check.value, check.unit),
    check.baseline === undefined ? '' : `${formatNumber(check.baseline.value, check.unit)} (${check.baseline.label})`,
    check.ratio === undefined ? '' : `${round(check.ratio, 2)}x`,
    describeTarget(check),
    check.pass ? 'PASS' : 'FAIL',
    changeSince(check, snapshot),
  ]
}

function table(rows: readonly (readonly string[])[]): string {
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)))
  return rows.map((cells) => `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()}`).join('\n')
}

/** One figure as text: its title, its checks as a table, then its notes. */
export function formatFigure(figure: FigureResult, snapshot: ResultsFile | undefined): string {
  const rows = [COLUMNS as readonly string[], ...figure.checks.map((check) => row(check, snapshot))]
  return [figure.title, table(rows), ...figure.notes.map((note) => `    ${note}`), ''].join('\n')
}

/** The closing summary: every check's result, and which missed. */
export function formatSummary(figures: readonly FigureResult[], snapshotPath: string | undefined): string {
  const checks = figures.flatMap((figure) => figure.checks)
  const missed = checks.filter((check) => !check.pass)
  const against = snapshotPath === undefined ? 'no snapshot to compare with' : `"vs snapshot" compares with ${snapshotPath}`
  return [
    `${checks.length - missed.length} of ${checks.length} targets met${missed.length === 0 ? '.' : `; missed: ${missed.map((check) => check.id).join(', ')}.`}`,
    `(${against}; ratios are compared for ratio targets, medians otherwise)`,
  ].join('\n')
}
