/**
 * The compiled install-details check against zod's own parse: over every JSON fixture, the
 * generated documents the rules' property tests use, the bench's fleet documents and mutations
 * of all of them (each field deleted, retyped, out of range, extra and hostile keys), it accepts
 * exactly what zod accepts and gives the same value, key order included. And the importer's
 * answer (document, notes, problems) is the one keepValidFacts with zod alone gives.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { compileSchema, NOT_VALID } from '~shared/import/compile-schema'
import { describeDroppedField } from '~shared/import/dropped-field-note'
import { keepValidFacts } from '~shared/import/keep-valid-facts'
import { checkInstallDetails } from '~shared/import/parse-install-details'
import { INSTALL_DETAILS_KIND, INSTALL_DETAILS_SCHEMA_VERSION, installDetailsSchema } from '~shared/types/install-details'
import { generateServer } from '~tests/bench/fleet/generate-servers'
import { installDetailsArbitrary } from '../rules/arbitraries'
import { fuzzRuns } from '~tests/support/fuzz-runs'

const compiled = compileSchema(installDetailsSchema)
const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url))

function jsonFixtures(folder: string): unknown[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      return jsonFixtures(path)
    }
    if (!entry.name.endsWith('.json')) {
      return []
    }
    const bytes = readFileSync(path)
    const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8').replace(/^\uFEFF/, '')
    try {
      return [JSON.parse(text) as unknown]
    } catch {
      return []
    }
  })
}

/** Every object's keys in order, all the way down: toStrictEqual does not compare key order. */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(keyOrder)
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).map(([key, child]) => [key, keyOrder(child)])
  }
  return value
}

function expectSameAsZod(value: unknown): boolean {
  const parsed = installDetailsSchema.safeParse(value)
  const mine = compiled(value)
  expect(mine === NOT_VALID, JSON.stringify(value)?.slice(0, 400)).toBe(!parsed.success)
  if (parsed.success) {
    expect(mine).toStrictEqual(parsed.data)
    expect(Object.getPrototypeOf(mine)).toBe(Object.getPrototypeOf(parsed.data))
    expect(keyOrder(mine)).toEqual(keyOrder(parsed.data))
  }
  return parsed.success
}

/** What the importer gave before the compiled check: keepValidFacts with zod's parse alone. */
function zodOnly(value: unknown): ReturnType<typeof checkInstallDetails> {
  const record = value as Record<string, unknown>
  if (value === null || typeof value !== 'object' || Array.isArray(value) || record.kind !== INSTALL_DETAILS_KIND || record.schemaVersion !== INSTALL_DETAILS_SCHEMA_VERSION) {
    return checkInstallDetails(value)
  }
  const kept = keepValidFacts(record, (document) => {
    const parsed = installDetailsSchema.safeParse(document)
    return parsed.success ? { ok: true, details: parsed.data } : { ok: false, issues: parsed.error.issues }
  })
  if (kept.ok) {
    return { ok: true, details: kept.details, notes: kept.dropped.map(describeDroppedField) }
  }
  return { ok: false, problem: 'fields', problems: kept.issues.slice(0, 10).map((issue) => `${issue.path.length === 0 ? 'the document' : issue.path.map(String).join('.')}: ${issue.message}`).concat(kept.issues.length > 10 ? [`and ${kept.issues.length - 10} more problems`] : []) }
}

const MUTANTS: readonly unknown[] = [
  null, undefined, true, false, 0, -1, 1.5, 2 ** 53, 1e12, 1e12 + 1, 0xffffffff, 0xffffffff + 1, -1e9 - 1, '', 'x', '2.4.18.0', '2.4.18', '5.1', 'Server Core',
  'commercial', 'Enabled', '2026-11-20T10:04:00Z', '2026-02-30T10:04:00Z', '2026-11-20T10:04:00', 'a'.repeat(64), 'a'.repeat(65), 'a'.repeat(512), 'a'.repeat(513), [], ['x'], [1], {}, { a: 1 },
]

/** Each field of `document` (to `depth` levels) deleted, and replaced by each mutant value. */
function mutationsOf(document: unknown, depth = 3): unknown[] {
  if (depth === 0 || document === null || typeof document !== 'object') {
    return []
  }
  const out: unknown[] = []
  const entries = Array.isArray(document) ? document.map((item, index) => [index, item] as const) : Object.entries(document)
  for (const [key, child] of entries) {
    const replaced = (value: unknown) => {
      if (Array.isArray(document)) {
        const copy = [...document]
        copy[key as number] = value
        return copy
      }
      return { ...(document as Record<string, unknown>), [key]: value }
    }
    if (!Array.isArray(document)) {
      const { [key as string]: _removed, ...rest } = document as Record<string, unknown>
      out.push(rest)
    }
    for (const mutant of MUTANTS) {
      out.push(replaced(mutant))
    }
    for (const inner of mutationsOf(child, depth - 1)) {
      out.push(replaced(inner))
    }
  }
  if (!Array.isArray(document)) {
    // Extra keys stay (loose objects); a JSON `__proto__` key is an own property, which zod leaves out.
    out.push({ ...(document as Record<string, unknown>), extra: { deep: [1, { a: null }] } })
    out.push(JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(document).slice(1)}`.replace(/,}$/, '}')))
    out.push({ constructor: 'x', toString: 1, ...(document as Record<string, unknown>) })
    out.push(Object.fromEntries(Object.entries(document).reverse()))
  }
  return out
}

const fixtures = jsonFixtures(FIXTURES)
const fleetDocuments = Array.from({ length: 40 }, (_, index) => generateServer(index))

describe('compileSchema(installDetailsSchema)', () => {
  it('reads fixtures of every kind, valid and not', () => {
    expect(fixtures.length).toBeGreaterThan(30)
    const accepted = fixtures.filter((value) => installDetailsSchema.safeParse(value).success)
    expect(accepted.length).toBeGreaterThan(20)
    expect(accepted.length).toBeLessThan(fixtures.length)
  })

  it('accepts and refuses what zod does, with the same value, over the fixtures and the fleet documents', () => {
    for (const value of [...fixtures, ...fleetDocuments]) {
      expectSameAsZod(value)
    }
  })

  it('does the same over every mutation of them', () => {
    let refused = 0
    let count = 0
    for (const value of [...fixtures, ...fleetDocuments.slice(0, 2)]) {
      for (const mutated of mutationsOf(value)) {
        count += 1
        refused += expectSameAsZod(mutated) ? 0 : 1
      }
    }
    // Both sides of the line are covered in numbers.
    expect(count).toBeGreaterThan(5_000)
    expect(refused).toBeGreaterThan(1_000)
    expect(count - refused).toBeGreaterThan(1_000)
  })

  it('does the same over generated documents and any JSON value placed anywhere in them', () => {
    const document = installDetailsArbitrary
    fc.assert(fc.property(document, (value) => void expectSameAsZod(value)), { numRuns: fuzzRuns(300) })
    const withNoise = fc.tuple(document, fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }), fc.jsonValue()).map(([value, path, noise]) => {
      const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>
      let at: Record<string, unknown> = copy
      for (const key of path.slice(0, -1)) {
        const next = at[key]
        at = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : at
      }
      at[path.at(-1) ?? 'connect'] = noise
      return copy
    })
    fc.assert(fc.property(withNoise, (value) => void expectSameAsZod(value)), { numRuns: fuzzRuns(500) })
  })

  it('gives the importer the same document, notes and problems as keepValidFacts with zod alone', () => {
    for (const value of [...fixtures, ...fleetDocuments.slice(0, 4), ...mutationsOf(fixtures.find((item) => installDetailsSchema.safeParse(item).success), 2)]) {
      expect(checkInstallDetails(JSON.parse(JSON.stringify(value ?? null)) as unknown)).toStrictEqual(zodOnly(JSON.parse(JSON.stringify(value ?? null)) as unknown))
    }
  })

  it('refuses to compile what it does not know, rather than guess', () => {
    expect(() => compileSchema(z.object({ a: z.string() }))).toThrow(/not loose/)
    expect(() => compileSchema(z.looseObject({ a: z.string().transform((text) => text.length) }))).toThrow(/not supported/)
    expect(() => compileSchema(z.looseObject({ a: z.email() }))).toThrow(/not supported/)
    expect(() => compileSchema(z.looseObject({ a: z.int32() }))).toThrow(/not supported/)
    expect(() => compileSchema(z.looseObject({}).refine(() => true))).toThrow(/not supported/)
  })
})
