/**
 * The byte writer behind `--format jsonl` writes exactly the UTF-8 of `jsonlServerLine` (the
 * straightforward line, shared/report/format-jsonl.ts), for real findings of every scenario and
 * date, for arbitrary documents, for text that needs escaping, and for findings that are not the engine's.
 */
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ContractServer as ServerAssessment } from '~shared/report/fleet-input'
import { JsonlLineWriter } from '~electron/cli/jsonl-bytes'
import { jsonlLineWriter, ruleCatalogue } from '~electron/cli/format-writers'
import { jsonlServerLine } from '~shared/report/format-jsonl'
import { assessServer } from '~shared/assess'
import { ALL_RULES } from '~shared/rules/index'
import type { InstallDetails } from '~shared/types/install-details'
import { asOfArbitrary, installDetailsArbitrary } from '~tests/shared/rules/arbitraries'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const SCENARIOS = new URL('../../fixtures/scenarios/', import.meta.url)
const DATES = ['2025-04-06', '2025-04-07', '2026-09-29', '2026-09-30', '2027-04-07', '2028-01-01'] as const

function serverOf(details: InstallDetails, asOf: string, source: string): ServerAssessment {
  const report = assessServer(details, asOf, BUILT_IN_PACK, { default: source })
  return { source, name: details.server?.name ?? null, verdict: report.verdict, findings: report.findings }
}

function written(writer: JsonlLineWriter, server: ServerAssessment): string {
  writer.server(server)
  return writer.out.take().toString('utf8')
}

function expectSameLine(writer: JsonlLineWriter, server: ServerAssessment) {
  expect(written(writer, server)).toBe(jsonlServerLine(server, ruleCatalogue(BUILT_IN_PACK)))
}

const base = () => serverOf({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0' } } as InstallDetails, '2026-11-26', 'a.json')

describe('JsonlLineWriter', () => {
  it('writes every scenario on every deadline date exactly as the straightforward line', () => {
    const writer = jsonlLineWriter(BUILT_IN_PACK)
    const files = readdirSync(SCENARIOS).filter((name) => name.endsWith('.json') && name !== 'expectations.json')
    expect(files.length).toBeGreaterThan(10)
    for (const name of files) {
      const details = JSON.parse(readFileSync(new URL(name, SCENARIOS), 'utf8')) as InstallDetails
      for (const asOf of DATES) {
        const server = serverOf(details, asOf, `C:\\Exports\\"quoted"\\${name}`)
        expectSameLine(writer, server)
        // The second time, from the remembered parts.
        expectSameLine(writer, server)
      }
    }
  })

  it('matches the straightforward line for arbitrary documents (evidence and data of any shape)', () => {
    const writer = jsonlLineWriter(BUILT_IN_PACK)
    fc.assert(
      fc.property(installDetailsArbitrary, asOfArbitrary, fc.string(), (details, asOf, source) => {
        const server = serverOf(details as InstallDetails, asOf, source)
        return written(writer, server) === jsonlServerLine(server, ruleCatalogue(BUILT_IN_PACK))
      }),
      { numRuns: 300 },
    )
  })

  it('escapes what the line escapes, in every piece: quotes, controls, DEL, C1, bidi, lone surrogates, astral text', () => {
    const writer = jsonlLineWriter(BUILT_IN_PACK)
    const tricky = ['C:\\Exports\\"quoted"\n\u0001.json', 'é 同步 😀', 'lone \ud800 high', 'lone \udc00', 'del \u007f', 'c1 \u009b bidi \u202e zero \u200b sep \u2028', 'astral format \u{e0001}', '']
    const server = base()
    const findings = server.findings.map((finding, index) => {
      const text = tricky[index % tricky.length] as string
      return {
        ...finding,
        ruleId: index % 5 === 0 ? `${finding.ruleId}${text}` : finding.ruleId,
        status: index % 7 === 0 ? text : finding.status,
        message: `${finding.message} ${text}`,
        evidence: { 'connect.version': { value: text, from: text }, [text]: { value: { [text]: [text] }, from: 'a.json' } },
        data: { 'connect.version': text, [text]: { 'connect.version': text }, count: index },
        remediation: index % 3 === 0 ? [{ text }] : finding.remediation,
      }
    })
    for (const source of tricky) {
      expectSameLine(writer, { ...server, source, name: source, verdict: `${server.verdict}${source}`, findings } as unknown as ServerAssessment)
    }
    expectSameLine(writer, { ...server, conflicts: [{ path: tricky[5], values: tricky }] } as unknown as ServerAssessment)
  })

  it('writes servers and findings that are not the engine’s (missing, odd or toJSON values) exactly', () => {
    const writer = jsonlLineWriter(BUILT_IN_PACK)
    const server = base()
    const [first, ...rest] = server.findings
    const odd = [
      { ...first, extra: 'field' },
      { ...first, status: undefined, message: undefined },
      { ...first, evidence: undefined, data: () => 1 },
      { ...first, data: { list: ['a', 'b'], none: undefined, nan: Number.NaN, when: new Date(0) } },
      { ...first, data: new Date(0) },
      { ...first, evidence: { toJSON: (key: string) => `key ${key}` } },
      { ...first, evidence: { toJSON: () => undefined } },
      { ...first, message: 42, status: null },
      { ...first, ruleId: 7 },
      { ...first, ruleId: undefined },
      { ...first, remediation: [] },
      { ...first, remediation: [{ text: 'own step', powershell: 'Get-ADSyncScheduler' }] },
    ]
    expectSameLine(writer, { ...server, findings: [...odd, ...rest] } as unknown as ServerAssessment)
    expectSameLine(writer, { ...server, findings: [] })
    expectSameLine(writer, { ...server, name: null })
    expectSameLine(writer, { ...server, name: undefined } as unknown as ServerAssessment)
    expectSameLine(writer, { ...server, source: { toJSON: (key: string) => `key ${key}` } } as unknown as ServerAssessment)
    expectSameLine(writer, { ...server, conflicts: [] } as unknown as ServerAssessment)
    expectSameLine(writer, { ...server, conflicts: [{ path: 'connect.version', values: [] }] } as unknown as ServerAssessment)
  })

  it('writes evidence and data value by value exactly, and odd values inside them as JSON.stringify does', () => {
    const writer = jsonlLineWriter(BUILT_IN_PACK)
    const server = base()
    const [first, ...rest] = server.findings
    class Point {
      constructor(readonly x: number) {}
    }
    let deep: unknown = 'bottom'
    for (let depth = 0; depth < 80; depth += 1) {
      deep = depth % 2 === 0 ? { [`level${depth}`]: deep } : [deep]
    }
    const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: 'x' })
    // eslint-disable-next-line no-sparse-arrays -- a hole is what JSON.stringify writes as null
    const sparse = [1, , 3]
    const odd = [
      { ...first, data: { nested: { when: new Date(0), keyed: { toJSON: (key: string) => `key ${key}` } } } },
      { ...first, evidence: { 'connect.version': { value: { toJSON: (key: string) => `key ${key}` }, from: 'a.json' } } },
      { ...first, data: { point: new Point(1), boxed: Object('text') as unknown, number: Object(3) as unknown, map: new Map([[1, 2]]) } },
      { ...first, data: { list: [undefined, () => 1, Symbol('s'), null, Number.NaN, -0, 1e21, -5, 1.5, 1023, 1024, Number.POSITIVE_INFINITY], sparse } },
      { ...first, data: { none: undefined, fn: () => 1, symbol: Symbol('s'), 7: 'integer key first', '': 'empty key' } },
      { ...first, data: { nullPrototype, deep } },
      { ...first, evidence: {}, data: {} },
      { ...first, evidence: { 'a.b': { value: 1, from: 'x.json' }, 'c.d': { value: 2, from: 'y.json' }, 'e.f': { value: 3, from: 'x.json' } } },
    ]
    expectSameLine(writer, { ...server, findings: [...odd, ...rest] } as unknown as ServerAssessment)
    // The same server again, from the remembered keys.
    expectSameLine(writer, { ...server, findings: [...odd, ...rest] } as unknown as ServerAssessment)
  })

  it('throws as JSON.stringify does for a value it cannot write (a bigint in data), having written nothing odd', () => {
    const writer = jsonlLineWriter(BUILT_IN_PACK)
    const server = base()
    const [first, ...rest] = server.findings
    const bad = { ...server, findings: [{ ...first, data: { big: 1n } }, ...rest] } as unknown as ServerAssessment
    expect(() => jsonlServerLine(bad, ruleCatalogue(BUILT_IN_PACK))).toThrow(TypeError)
    expect(() => writer.server(bad)).toThrow(TypeError)
  })

  it('writes a registry rule’s remediation from its remembered bytes and a copy of it the same', () => {
    const rules = ALL_RULES.filter((rule) => rule.remediation !== undefined)
    expect(rules.length).toBeGreaterThan(5)
    const writer = jsonlLineWriter(BUILT_IN_PACK)
    const server = base()
    const copied = { ...server, findings: server.findings.map((finding) => ({ ...finding, remediation: finding.remediation.map((step) => ({ ...step })) })) }
    expectSameLine(writer, server)
    expectSameLine(writer, copied)
    expect(written(writer, server)).toBe(written(new JsonlLineWriter(ruleCatalogue(BUILT_IN_PACK), []), server))
  })
})
