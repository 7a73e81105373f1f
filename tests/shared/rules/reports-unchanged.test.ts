/**
 * The engine's output, pinned: a digest of every report for a varied set of documents, compared
 * with tests/fixtures/engine/report-digests.json.
 *
 * The documents are every install-details fixture under tests/fixtures (each assessed the day
 * before, on and after every date the pack names) and 400 generated servers (a few dates each).
 * Each digest covers the report's JSON as written (keys in order) with ISO dates and, on a share of
 * the dates, with another date formatter and with provenance; a copy of the pack must give the same
 * reports.
 * A change to the engine that is meant to leave its output alone must leave this file alone; a
 * change to a rule, a text or the pack changes it on purpose: `npx vitest run -u` on this test
 * writes the new digests, and the diff names the documents whose reports changed.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { addDays, formatIsoDate, isIsoDate, type DateFormatter } from '~shared/dates/iso-date'
import type { Provenance } from '~shared/rules/evaluate'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { RulePack } from '~shared/rules/pack/types'
import { installDetailsSchema, type InstallDetails } from '~shared/types/install-details'
import { generateServer } from '~tests/bench/fleet/generate-servers'

const FIXTURES = join(__dirname, '..', '..', 'fixtures')
const GENERATED_SERVERS = 400
// Some 12,000 assessments: a few seconds alone, far longer on a machine shared with other work.

/** A formatter unlike ISO, as a view's locale would write dates. */
const bracketed: DateFormatter = (date) => `[${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}]`
const PROVENANCE: Provenance = { default: 'collector', fields: { 'connect.version': 'typed by hand', 'server.os.build': 'AADC01.json' } }

/** Every calendar date the pack names, with the day before and after each, and the bench's date. */
function boundaryDates(pack: RulePack): readonly string[] {
  const named = new Set(JSON.stringify(pack).match(/\d{4}-\d{2}-\d{2}/g) ?? [])
  const dates = new Set(['2026-11-26'])
  for (const date of [...named].filter(isIsoDate)) {
    dates.add(addDays(date, -1)).add(date).add(addDays(date, 1))
  }
  return [...dates].sort()
}

function readJson(path: string): unknown {
  const bytes = readFileSync(path)
  const isUtf16 = bytes[0] === 0xff && bytes[1] === 0xfe
  return JSON.parse(isUtf16 ? bytes.toString('utf16le').slice(1) : bytes.toString('utf8'))
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name)
      return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : []
    })
}

/** Every fixture the install-details schema accepts, by its path under tests/fixtures. */
function fixtureDocuments(): ReadonlyMap<string, InstallDetails> {
  const documents = new Map<string, InstallDetails>()
  for (const path of jsonFiles(FIXTURES)) {
    let parsed: unknown
    try {
      parsed = readJson(path)
    } catch {
      continue
    }
    const result = installDetailsSchema.safeParse(parsed)
    if (result.success) {
      documents.set(path.slice(FIXTURES.length + 1), result.data)
    }
  }
  return documents
}

/** One digest over the reports of `details` at each date, in each form, checked against a copy of the pack. */
function digest(details: InstallDetails, dates: readonly string[], copy: RulePack): string {
  const hash = createHash('sha256')
  dates.forEach((asOf, index) => {
    const report = JSON.stringify(assessServer(details, asOf, BUILT_IN_PACK))
    hash.update(report)
    // Other forms on a share of the dates, interleaved so remembered texts must not leak between them.
    if (index % 5 === 0) {
      if (JSON.stringify(assessServer(details, asOf, copy)) !== report) {
        throw new Error(`a copy of the pack gives another report as of ${asOf}`)
      }
      hash.update(JSON.stringify(assessServer(details, asOf, BUILT_IN_PACK, undefined, bracketed)))
      hash.update(JSON.stringify(assessServer(details, asOf, BUILT_IN_PACK, PROVENANCE, formatIsoDate)))
    }
  })
  return hash.digest('hex').slice(0, 32)
}

describe('reports', () => {
  it('are unchanged for every fixture and generated server (tests/fixtures/engine/report-digests.json)', async () => {
    const dates = boundaryDates(BUILT_IN_PACK)
    const copy = structuredClone(BUILT_IN_PACK)
    const digests: Record<string, string> = {}
    const fixtures = fixtureDocuments()
    expect(fixtures.size).toBeGreaterThanOrEqual(30)
    for (const [path, details] of fixtures) {
      digests[path] = digest(details, dates, copy)
    }
    for (let index = 0; index < GENERATED_SERVERS; index += 1) {
      const details = installDetailsSchema.parse(generateServer(index * 7919))
      const some = [0, 1, 2].map((offset) => dates[(index * 3 + offset * 37) % dates.length] ?? '2026-11-26')
      digests[`generated ${index}`] = digest(details, ['2026-11-26', ...some], copy)
    }
    const file = { pack: BUILT_IN_PACK.version, dates: dates.length, digests }
    await expect(`${JSON.stringify(file, null, 2)}\n`).toMatchFileSnapshot(join(FIXTURES, 'engine', 'report-digests.json'))
  }, 180_000)
})
