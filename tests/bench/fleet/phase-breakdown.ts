/**
 * The fleet path's phases timed one by one on one thread, per server: reading the bytes, decoding,
 * format detection, JSON.parse with the depth check, the schema check, the one-file check, the
 * rules, the customizations view and the jsonl and json writers. The first pass over the folder
 * (cold: nothing compiled yet) and a second pass (warm) are reported apart.
 *
 * Run: node --import tsx tests/bench/fleet/phase-breakdown.ts FOLDER [AS-OF]
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { assessServer } from '~shared/assess'
import type { IsoDate } from '~shared/dates/iso-date'
import { checkInstallDetails } from '~shared/import/parse-install-details'
import { detectFormat } from '~shared/import/text-forms/detect-format'
import { decodeInputBytes } from '~shared/intake/import-input'
import { parseJsonWithin } from '~shared/json/json-depth'
import { customizationsField } from '~shared/report/customizations-view'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { InstallDetails } from '~shared/types/install-details'
import { ByteWriter } from '~electron/cli/byte-writer'
import { jsonlLineWriter } from '~electron/cli/format-writers'
import { ServerJsonWriter } from '~electron/cli/json-bytes'
import { survivesMerge } from '~electron/cli/read-cli-file'
import { readInputBytesSync } from '~electron/node/read-input-bytes'

const PHASES = ['read', 'decode', 'detect', 'parse', 'validate', 'survivesMerge', 'assessServer', 'customizations', 'jsonl write', 'json write'] as const
type Phase = (typeof PHASES)[number]

function pass(paths: readonly string[], asOf: IsoDate): Record<Phase, number> {
  const totals = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>
  const jsonlOut = new ByteWriter()
  const jsonl = jsonlLineWriter(BUILT_IN_PACK, jsonlOut)
  const jsonOut = new ByteWriter()
  const json = new ServerJsonWriter(jsonOut)
  let at = performance.now()
  const lap = (phase: Phase) => {
    const now = performance.now()
    totals[phase] += now - at
    at = now
  }
  for (const path of paths) {
    const read = readInputBytesSync(path)
    lap('read')
    if (!read.ok) throw new Error(read.error.message)
    const decoded = decodeInputBytes(read.value.name, read.value.bytes)
    lap('decode')
    if (!decoded.ok) throw new Error(decoded.message)
    detectFormat(decoded.text)
    lap('detect')
    const parsed = parseJsonWithin(decoded.text)
    lap('parse')
    if (!parsed.ok) throw new Error('not JSON')
    const checked = checkInstallDetails(parsed.value)
    lap('validate')
    if (!checked.ok) throw new Error('not valid')
    const details: InstallDetails = checked.details
    survivesMerge(details)
    lap('survivesMerge')
    const report = assessServer(details, asOf, BUILT_IN_PACK, { default: path })
    lap('assessServer')
    const server = { source: path, name: details.server?.name ?? null, verdict: report.verdict, findings: report.findings, ...customizationsField(report.findings) }
    lap('customizations')
    jsonl.server(server)
    if (jsonlOut.length > 2e6) jsonlOut.take()
    lap('jsonl write')
    json.server(server, 1)
    if (jsonOut.length > 8e6) jsonOut.take()
    lap('json write')
  }
  return totals
}

const [folder, asOfText = '2026-11-26'] = process.argv.slice(2)
if (folder === undefined) throw new Error('usage: phase-breakdown.ts FOLDER [AS-OF]')
const asOf: IsoDate = asOfText
const paths = readdirSync(folder).sort().map((name) => join(folder, name))
for (const label of ['cold (first pass)', 'warm (second pass)']) {
  const totals = pass(paths, asOf)
  const sum = PHASES.reduce((total, phase) => total + totals[phase], 0)
  console.log(`${label}: ${paths.length} servers, ${sum.toFixed(0)} ms, ${((sum / paths.length) * 1000).toFixed(1)} µs per server`)
  for (const phase of PHASES) {
    console.log(`  ${phase.padEnd(15)} ${totals[phase].toFixed(0).padStart(6)} ms ${((100 * totals[phase]) / sum).toFixed(1).padStart(5)}%  ${((totals[phase] / paths.length) * 1000).toFixed(1).padStart(6)} µs`)
  }
}
