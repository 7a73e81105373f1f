/**
 * Hostile inputs through every reader and writer, as an attacker would send them: 10,000+ cases,
 * and not one throw may escape. Generators: nesting up to 20,000 levels, Unicode and enum-valued
 * server, domain and tenant names, blank-line floods, stray files in fleet folders, and control
 * characters in every text field. `npm run fuzz:long` runs 20 times as many.
 */
import { execFileSync } from 'node:child_process'
import fsp from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { assessServer } from '~shared/assess'
import { parseAssessmentText } from '~shared/assessments/migrations'
import { importInput } from '~shared/intake/import-input'
import { mergeInputs } from '~shared/import/merge-inputs'
import { fleetOf } from '../support/report-fleet'
import { serverInputFromReport } from '~shared/report/fleet-input'
import { RedactionIncompleteError } from '~shared/report/redact'
import { renderReport } from '~shared/report/render-report'
import { useTempFolder } from '../mocks/temp-folder'
import { fuzzRuns } from '../support/fuzz-runs'
import { runCliForTest } from '../support/run-cli'

const BASE = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/files/aadc01.json', import.meta.url)), 'utf8')) as Record<string, Record<string, unknown>>
const tempFolder = useTempFolder('hostile-fuzz-')

const CONTROLS = ['\u0000', '\u0007', '\u001b', '\u001b[31m', '\u0085', '\u009b', '\u200b', '\u200f', '\u202e', '\u2066', '\ufeff', '\r', '\u2028', '\ud800']
const WORDS = ['ok', 'pass', 'fail', 'warn', 'unknown', 'Server', 'Server Core', 'critical', 'commercial', 'Enabled', 'true', 'null', 'servers', 'findings', 'verdict', '2.4.27.0', '1', '']
const UNICODE = ['İSTANBUL-DC01', 'KELVIN-\u212A01', 'STRAẞE-01', 'ＡＡＤＣ０１', 'ÅLESUND', 'ıstanbul', '東京-DC01', '😀-sync', 'a\u0301b']

/** Text with control characters, Unicode and the app's own words mixed in. */
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...CONTROLS), fc.constantFrom(...WORDS), fc.constantFrom(...UNICODE), fc.string({ maxLength: 12 })), { maxLength: 6 })
  .map((parts) => parts.join(''))

const name = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...UNICODE), hostileText)

/** A JSON value nested `depth` levels, as text (objects or arrays). */
const depth = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 80 }), weight: 8 }, { arbitrary: fc.integer({ min: 60, max: 20_000 }), weight: 1 }, { arbitrary: fc.constant(20_000), weight: 1 })
const deepJson = fc.tuple(depth, fc.boolean()).map(([depth, isArray]) => (isArray ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`))

/** An install-details document with hostile names, control characters and a deep field somewhere. */
const hostileDocument = fc
  .record({ server: name, domain: name, tenant: name, caption: hostileText, note: hostileText, deep: fc.option(deepJson, { freq: 3 }), key: fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'servers')) })
  .map(({ server, domain, tenant, caption, note, deep, key }) => {
    const text = JSON.stringify({
      ...BASE,
      server: { ...BASE.server, name: server, domain, os: { ...(BASE.server?.os as object), caption } },
      connect: { ...BASE.connect, tenantId: tenant, notes: note },
      [key]: note,
    })
    return deep === null ? text : `${text.slice(0, -1)},"deep":${deep}}`
  })

/** Blank-line floods after (or before) a word, in every line-break style. */
const flood = fc
  .tuple(fc.constantFrom('\n', '\r\n', '\r', ' \n', '\t\n'), fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 20_000 })), fc.constantFrom('word', 'HKEY_LOCAL_MACHINE\\x', 'Name : Microsoft.x.y', '{'), fc.constantFrom('x', 'AutoUpgradeState : Enabled', ''))
  .map(([line, count, head, tail]) => `${head}${line}${line.repeat(count)}${tail}`)

const anyInput = fc.oneof({ arbitrary: hostileDocument, weight: 6 }, { arbitrary: flood, weight: 1 }, { arbitrary: deepJson, weight: 1 }, { arbitrary: hostileText, weight: 1 })

const FORMATS = ['json', 'markdown', 'html', 'csv'] as const

/** Runs `step`; an expected refusal (a typed error) is fine, anything else is an escaped throw. */
function escapes(step: () => unknown): unknown[] {
  try {
    step()
    return []
  } catch (error) {
    return error instanceof RedactionIncompleteError ? [] : [error]
  }
}

describe('hostile inputs (fuzz)', () => {
  it('imports, assesses and reports 10,000 hostile inputs without one escaped throw', () => {
    const escaped: unknown[] = []
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...FORMATS), fc.boolean(), fc.integer({ min: 0, max: 9 }), (text, format, isRedacted, dice) => {
        escaped.push(...escapes(() => parseAssessmentText(text)))
        escaped.push(
          ...escapes(() => {
            const imported = importInput({ name: 'hostile.json', text: text })
            if (!imported.ok) {
              expect(imported.message.startsWith('hostile.json: ')).toBe(true)
              return
            }
            // Assessing and rendering costs more than reading: one case in ten goes all the way.
            if (dice < 1) {
              const merged = mergeInputs([{ source: 'hostile.json', facts: imported.facts }])
              const report = assessServer(merged.details, '2026-11-26', BUILT_IN_PACK)
              renderReport(format, fleetOf([serverInputFromReport(merged.details, report, 'C:\\Users\\x\\hostile.json', { conflicts: merged.conflicts })]), isRedacted)
            }
          }),
        )
      }),
      { numRuns: fuzzRuns(10_000), seed: 20261207 },
    )
    expect(escaped).toEqual([])
  }, 120_000)

  it('assesses fleet folders holding stray files without an internal error', async () => {
    const isPosix = process.platform !== 'win32'
    const strays = fc.constantFrom('xlsx', 'binary', 'empty', 'deep', 'folder', 'link', 'fifo', 'flood', 'bom')
    let count = 0
    await fc.assert(
      fc.asyncProperty(fc.array(strays, { minLength: 1, maxLength: 4 }), hostileDocument, fc.constantFrom('json', 'text', 'markdown', 'html', 'csv'), fc.boolean(), async (kinds, document, format, isRedacted) => {
        const folder = join(tempFolder(), `fleet-${count++}`)
        await fsp.mkdir(folder)
        await fsp.writeFile(join(folder, 'server.json'), document)
        for (const [index, kind] of kinds.entries()) {
          const path = join(folder, `stray-${index}.${kind === 'xlsx' ? 'xlsx' : 'json'}`)
          if (kind === 'xlsx' || kind === 'binary') {
            await fsp.writeFile(path, Buffer.from([0x50, 0x4b, 3, 4, 0, 0xff, 0xfe, 0, 1, 2]))
          } else if (kind === 'empty') {
            await fsp.writeFile(path, '')
          } else if (kind === 'deep') {
            await fsp.writeFile(path, `${'['.repeat(20_000)}${']'.repeat(20_000)}`)
          } else if (kind === 'folder') {
            await fsp.mkdir(path)
          } else if (kind === 'link' && isPosix) {
            await fsp.symlink('nowhere.json', path)
          } else if (kind === 'fifo' && isPosix) {
            execFileSync('mkfifo', [path])
          } else if (kind === 'flood') {
            await fsp.writeFile(path, `word\n${'\n'.repeat(50_000)}x`)
          } else {
            await fsp.writeFile(path, '\ufeff\ufeff{')
          }
        }
        const { code, stderr } = await runCliForTest('assess', folder, '--format', format, ...(isRedacted ? ['--redact'] : []), '--as-of', '2026-11-26')
        expect(stderr).not.toMatch(/internal error|Maximum call stack|\n\s+at /)
        expect([0, 1, 2]).toContain(code)
      }),
      { numRuns: fuzzRuns(150), seed: 20261207 },
    )
  })
})
