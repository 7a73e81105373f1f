/**
 * The byte writer behind `--format json` writes exactly what `JSON.stringify(document, null, 2)`
 * writes for each server (`jsonServer` in tests/support/json-server-oracle.ts, the reference), for real findings of
 * every scenario and date, for arbitrary documents, and for findings that are not the engine's.
 */
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ContractServer as ServerAssessment } from '~shared/report/fleet-input'
import { ServerJsonWriter } from '~electron/cli/json-bytes'
import { jsonServer } from '~tests/support/json-server-oracle'
import { assessServer } from '~shared/assess'
import type { InstallDetails } from '~shared/types/install-details'
import { asOfArbitrary, installDetailsArbitrary } from '~tests/shared/rules/arbitraries'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const SCENARIOS = new URL('../../fixtures/scenarios/', import.meta.url)
const DATES = ['2025-04-06', '2025-04-07', '2026-09-29', '2026-09-30', '2027-04-07', '2028-01-01'] as const

function serverOf(details: InstallDetails, asOf: string, source: string): ServerAssessment {
  const report = assessServer(details, asOf, BUILT_IN_PACK, { default: source })
  return { source, name: details.server?.name ?? null, verdict: report.verdict, findings: report.findings }
}

function expectSameText(writer: ServerJsonWriter, server: ServerAssessment, index: number) {
  writer.server(server, index)
  expect(writer.out.take().toString('utf8')).toBe(jsonServer(server, index))
}

describe('ServerJsonWriter', () => {
  it('writes every scenario on every deadline date exactly as JSON.stringify does, first and following', () => {
    const writer = new ServerJsonWriter()
    const files = readdirSync(SCENARIOS).filter((name) => name.endsWith('.json') && name !== 'expectations.json')
    expect(files.length).toBeGreaterThan(10)
    for (const name of files) {
      const details = JSON.parse(readFileSync(new URL(name, SCENARIOS), 'utf8')) as InstallDetails
      for (const asOf of DATES) {
        const server = serverOf(details, asOf, `C:\\Exports\\"quoted"\\${name}`)
        expectSameText(writer, server, 0)
        expectSameText(writer, server, 3)
      }
    }
  })

  it('matches JSON.stringify for arbitrary documents (evidence and data of any shape)', () => {
    const writer = new ServerJsonWriter()
    fc.assert(
      fc.property(installDetailsArbitrary, asOfArbitrary, fc.string(), (details, asOf, source) => {
        const server = serverOf(details as InstallDetails, asOf, source)
        writer.server(server, 1)
        return writer.out.take().toString('utf8') === jsonServer(server, 1)
      }),
      { numRuns: 300 },
    )
  })

  it('writes findings that are not the engine’s (other fields, order, or kinds) generically and exactly', () => {
    const writer = new ServerJsonWriter()
    const base = serverOf({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0' } } as InstallDetails, '2026-11-26', 'a.json')
    const [first, ...rest] = base.findings
    const odd = [
      { ...first, extra: 'field' },
      { status: first?.status, ...first },
      { ...first, caveat: undefined },
      { ...first, headline: undefined },
      { ...first, headline: 42 },
      { ...first, headline: 'before the caveat', caveat: 'after the headline' },
      { ...first, headline: 'twice', extra: 'field' },
      { ...first, evidence: { 'connect.version': { value: { nested: [1, 'two', null] }, from: 'x' }, empty: {} } },
      { ...first, data: { list: ['a', 'b'], none: undefined, nan: Number.NaN } },
      { ...first, data: { boxed: new String('text'), when: new Date(0), bare: Object.assign(Object.create(null) as object, { a: 1 }), numbers: [-0, 1023, 1024, -1, 0.5, 1e21, Infinity] } },
      { ...first, evidence: { 'connect.version': { value: -0, from: 'x' }, other: { value: 1.5, from: 'x' }, more: { value: false, from: 'x' } } },
      { ...first, evidence: {} },
      { ...first, evidence: { 'connect.version': Object.assign(new Date(0), { value: 'v', from: 'x' }) } },
      { ...first, data: { sparse: Object.assign(new Array<unknown>(3), { 1: 'x' }), odd: [undefined, () => 1, Symbol('s'), [], [[]], {}, [{ a: [1] }]] } },
      { ...first, remediation: [] },
      'not a finding',
      null,
    ]
    const server = { ...base, findings: [...odd, ...rest] } as unknown as ServerAssessment
    expectSameText(writer, server, 0)
    expectSameText(writer, { ...base, findings: [] }, 2)
    expectSameText(writer, { ...base, conflicts: [{ path: 'connect.version', values: [] }] } as unknown as ServerAssessment, 2)
  })

  it('writes a headline after the caveat, with or without a caveat, exactly (a finding extension)', () => {
    const writer = new ServerJsonWriter()
    const base = serverOf({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0' } } as InstallDetails, '2026-12-06', 'a.json')
    const withHeadlines = base.findings.filter((finding) => finding.headline !== undefined)
    expect(withHeadlines.length).toBeGreaterThan(3)
    expect(withHeadlines.some((finding) => finding.caveat !== undefined)).toBe(true)
    expect(withHeadlines.some((finding) => finding.caveat === undefined)).toBe(true)
    expect(base.findings.find((finding) => finding.ruleId === 'version/end-of-support')?.headline).toBe('2.4.27.0 out of support since 2026-01-15')
    expectSameText(writer, base, 0)
    const [first] = base.findings
    const odd = [{ ...first, headline: 'Quote " and \\ and é' }, { ...first, caveat: 'c', headline: '' }]
    expectSameText(writer, { ...base, findings: odd } as unknown as ServerAssessment, 1)
  })

  it('does not reuse a rule’s remembered text once the rule’s own parts change', () => {
    const writer = new ServerJsonWriter()
    const base = serverOf({ kind: 'entra-connect-install-details', schemaVersion: 1 } as InstallDetails, '2026-11-26', 'a.json')
    expectSameText(writer, base, 0)
    const retitled = { ...base, findings: base.findings.map((finding) => ({ ...finding, title: `${finding.title} (renamed)`, sources: [...finding.sources] })) }
    expectSameText(writer, retitled, 1)
    expectSameText(writer, base, 2)
  })

  it('writes remembered keys and paths at their own depth, and any text in them exactly, first time and remembered', () => {
    const writer = new ServerJsonWriter()
    const base = serverOf({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0' } } as InstallDetails, '2026-11-26', 'a.json')
    const tricky = ['C:\\Exports\\"quoted"\n\u0001.json', 'é 同步 😀', 'lone \ud800 high', 'lone \udc00', 'del \u007f', '']
    const findings = base.findings.map((finding, index) => {
      const text = tricky[index % tricky.length] as string
      return {
        ...finding,
        message: `${finding.message} ${text}`,
        messageId: text,
        evidence: { 'connect.version': { value: text, from: text }, [text]: { value: { [text]: [text] }, from: 'a.json' } },
        data: { 'connect.version': text, [text]: { 'connect.version': text }, count: index },
        confidence: text,
        caveat: text,
      }
    })
    const server = { ...base, source: tricky[0] as string, findings } as ServerAssessment
    expectSameText(writer, server, 0)
    expectSameText(writer, server, 1)
    expectSameText(writer, base, 2)
  })

  it('stays exact past the number of texts it remembers (it forgets them and starts again)', () => {
    const writer = new ServerJsonWriter()
    const base = serverOf({ kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.4.27.0' } } as InstallDetails, '2026-11-26', 'a.json')
    const [first] = base.findings
    const findings = Array.from({ length: 5000 }, (_, index) => ({
      ...first,
      evidence: { [`path.${index % 4500}`]: { value: index, from: `server-${index}.json` } },
      data: { [`key-${index % 4500}`]: index },
    }))
    expectSameText(writer, { ...base, findings } as ServerAssessment, 0)
  })

  it('writes non-ASCII names and messages as UTF-8', () => {
    const writer = new ServerJsonWriter()
    const server = serverOf({ kind: 'entra-connect-install-details', schemaVersion: 1, server: { name: 'SÉRVEUR-同步-😀' } } as InstallDetails, '2026-11-26', 'dossier/é.json')
    writer.server(server, 0)
    const bytes = writer.out.take()
    expect(bytes.toString('utf8')).toBe(jsonServer(server, 0))
    expect(bytes.length).toBe(Buffer.byteLength(jsonServer(server, 0)))
  })
})
