/**
 * `--format jsonl` and `--format sarif` over a three-server fleet: the same findings as
 * `--format json` (rule, status, message, evidence, data and fix, server by server), the same exit
 * statuses and the same redaction; and the SARIF log validates against the SARIF 2.1.0 schema.
 */
import fsp from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Log, Result } from 'sarif'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ContractDocument as AssessmentDocument } from '~shared/report/fleet-input'
import type { RemediationStep } from '~shared/rules/types'
import { useTempFolder } from '../mocks/temp-folder'
import { runCliForTest, type CliRun } from '../support/run-cli'
import { multitoolPath, multitoolValidate, sarifSchemaErrors } from '../support/sarif-schema'

const FILES = relative(process.cwd(), fileURLToPath(new URL('../fixtures/files/', import.meta.url)))
const SERVERS = ['aadc01.json', 'current.json', 'legacy-v1.json'].map((name) => join(FILES, name))
const BROKEN = join(FILES, 'broken.json')

interface JsonlRule {
  readonly title: string
  readonly step: string
  readonly severity: string
  readonly sources: readonly { url: string }[]
  readonly remediation: readonly RemediationStep[]
}
interface JsonlFinding {
  readonly ruleId: string
  readonly status: string
  readonly message: string
  readonly evidence: unknown
  readonly data: unknown
  readonly remediation?: readonly RemediationStep[]
}
type JsonlLine =
  | { type: 'header'; schemaVersion: 1; asOf: string; rulePack: unknown; rules: Record<string, JsonlRule> }
  | { type: 'server'; source: string; name: string | null; verdict: string; findings: JsonlFinding[] }
  | { type: 'error'; source: string; message: string }

/** What every format must agree on, per server and finding. */
interface Comparable {
  readonly source: string
  readonly name: string | null
  readonly verdict: string
  readonly findings: readonly { ruleId: string; status: string; message: string; evidence: unknown; data: unknown; remediation: unknown }[]
}

function run(...argv: string[]): Promise<CliRun> {
  return runCliForTest('assess', '--as-of', '2026-11-26', ...argv)
}

function fromJson(stdout: string): Comparable[] {
  const document = JSON.parse(stdout) as AssessmentDocument
  return document.servers.map((server) => ({
    source: server.source,
    name: server.name,
    verdict: server.verdict,
    findings: server.findings.map(({ ruleId, status, message, evidence, data, remediation }) => ({ ruleId, status, message, evidence, data, remediation })),
  }))
}

function parseJsonl(stdout: string): JsonlLine[] {
  expect(stdout.endsWith('\n')).toBe(true)
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as JsonlLine)
}

function fromJsonl(stdout: string): Comparable[] {
  const [header, ...lines] = parseJsonl(stdout)
  if (header?.type !== 'header') {
    throw new Error('the first line is not the header')
  }
  return lines.flatMap((line) =>
    line.type !== 'server'
      ? []
      : [
          {
            source: line.source,
            name: line.name,
            verdict: line.verdict,
            findings: line.findings.map(({ remediation, ...finding }) => ({ ...finding, remediation: remediation ?? header.rules[finding.ruleId]?.remediation })),
          },
        ],
  )
}

/** The SARIF results grouped back into servers by their logical location, in order. */
function fromSarif(stdout: string, jsonlRules: Record<string, JsonlRule>): Comparable[] {
  const log = JSON.parse(stdout) as Log
  const servers = new Map<string, { source: string; name: string | null; verdict: string; findings: Comparable['findings'][number][] }>()
  for (const result of log.runs[0]?.results ?? []) {
    const location = result.locations?.[0]?.logicalLocations?.[0]
    const source = location?.fullyQualifiedName ?? ''
    const properties = result.properties as { status: string; evidence: unknown; data: unknown; verdict: string; remediation?: unknown }
    const server = servers.get(source) ?? { source, name: location?.name ?? null, verdict: properties.verdict, findings: [] }
    servers.set(source, server)
    server.findings.push({
      ruleId: result.ruleId ?? '',
      status: properties.status,
      message: result.message.text ?? '',
      evidence: properties.evidence,
      data: properties.data,
      remediation: properties.remediation ?? jsonlRules[result.ruleId ?? '']?.remediation,
    })
  }
  return [...servers.values()]
}

function headerRules(stdout: string): Record<string, JsonlRule> {
  const [header] = parseJsonl(stdout)
  return header?.type === 'header' ? header.rules : {}
}

const tempFolder = useTempFolder('fleet-formats-')

describe('assess --format jsonl and --format sarif', () => {
  const outputs: Record<'json' | 'jsonl' | 'sarif', CliRun> = {} as never
  beforeAll(async () => {
    for (const format of ['json', 'jsonl', 'sarif'] as const) {
      outputs[format] = await run(...SERVERS, BROKEN, '--format', format)
    }
  })

  it('carry the same findings as --format json for each of the three servers', () => {
    const json = fromJson(outputs.json.stdout)
    expect(json).toHaveLength(3)
    expect(json.map((server) => server.findings.length)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)])
    expect(fromJsonl(outputs.jsonl.stdout)).toEqual(json)
    expect(fromSarif(outputs.sarif.stdout, headerRules(outputs.jsonl.stdout))).toEqual(json)
  })

  it('say each rule once with the title, step, severity and sources every json finding repeats', () => {
    const rules = headerRules(outputs.jsonl.stdout)
    const log = JSON.parse(outputs.sarif.stdout) as Log
    const driverRules = log.runs[0]?.tool.driver.rules ?? []
    const document = JSON.parse(outputs.json.stdout) as AssessmentDocument
    for (const finding of document.servers.flatMap((server) => server.findings)) {
      expect(rules[finding.ruleId]).toMatchObject({ title: finding.title, step: finding.step, severity: finding.severity, sources: finding.sources })
      const sarifRule = driverRules.find((rule) => rule.id === finding.ruleId)
      expect(sarifRule).toMatchObject({ shortDescription: { text: finding.title }, fullDescription: { text: finding.why }, helpUri: finding.sources[0]?.url, properties: { step: finding.step, severity: finding.severity } })
    }
    const results = log.runs[0]?.results ?? []
    expect(results.every((result) => driverRules[result.ruleIndex ?? -1]?.id === result.ruleId)).toBe(true)
  })

  it('name the run, the rule pack as json gives it, and the unreadable file', () => {
    const document = JSON.parse(outputs.json.stdout) as AssessmentDocument
    const [header, ...lines] = parseJsonl(outputs.jsonl.stdout)
    expect(header).toMatchObject({ type: 'header', schemaVersion: 1, asOf: '2026-11-26', rulePack: document.rulePack })
    expect(lines.filter((line) => line.type === 'error')).toEqual(document.errors.map((error) => ({ type: 'error', ...error })))
    expect(lines.at(-1)?.type).toBe('error')
    const run0 = (JSON.parse(outputs.sarif.stdout) as Log).runs[0]
    expect(run0?.tool.driver).toMatchObject({ name: 'entra-readiness', version: '9.9.9', properties: { rulePack: document.rulePack } })
    expect(run0?.invocations?.[0]).toMatchObject({
      executionSuccessful: false,
      exitCode: 2,
      toolExecutionNotifications: [{ level: 'error', message: { text: document.errors[0]?.message }, locations: [{ physicalLocation: { artifactLocation: { uri: BROKEN } } }] }],
    })
  })

  it('give each result the kind and level of its status', () => {
    const expected: Record<string, Pick<Result, 'kind' | 'level'>> = {
      fail: { kind: 'fail', level: 'error' },
      warn: { kind: 'fail', level: 'warning' },
      info: { kind: 'informational', level: 'note' },
      pass: { kind: 'pass', level: 'none' },
      unknown: { kind: 'review', level: 'note' },
      'not-applicable': { kind: 'notApplicable', level: 'none' },
    }
    const results = (JSON.parse(outputs.sarif.stdout) as Log).runs[0]?.results ?? []
    const seen = new Set<string>()
    for (const result of results) {
      const status = (result.properties as { status: string }).status
      seen.add(status)
      expect({ kind: result.kind, level: result.level }).toEqual(expected[status])
    }
    // The fleet covers most statuses (a vacuous pass is not possible).
    expect(seen.size).toBeGreaterThanOrEqual(4)
  })

  it('exit with the same status as --format json: 2 with an unreadable file, else 1, else 0', async () => {
    expect([outputs.json.code, outputs.jsonl.code, outputs.sarif.code]).toEqual([2, 2, 2])
    for (const format of ['json', 'jsonl', 'sarif']) {
      expect((await run(...SERVERS, '--format', format)).code).toBe(1)
      expect((await run(join(FILES, 'current.json'), '--format', format)).code).toBe(0)
    }
  })

  it('writes a SARIF log that the SARIF 2.1.0 schema accepts, and one it refuses when broken', () => {
    const log = JSON.parse(outputs.sarif.stdout) as Log
    expect(sarifSchemaErrors(log)).toEqual([])
    const broken = structuredClone(log) as { runs: { results: { kind: string }[] }[] }
    ;(broken.runs[0]?.results[0] ?? { kind: '' }).kind = 'failed'
    expect(sarifSchemaErrors(broken).length).toBeGreaterThan(0)
  })

  it('writes a SARIF log that Microsoft’s SARIF multitool validates without an error', async () => {
    const tool = multitoolPath()
    if (tool === undefined) {
      // The package's install script (`chmod u+x`) did not run: the schema check above still holds.
      console.warn('The SARIF multitool is not executable here; only the schema check ran.')
      return
    }
    const file = join(tempFolder(), 'fleet.sarif')
    await fsp.writeFile(file, outputs.sarif.stdout)
    const { results } = await multitoolValidate(tool, file, join(tempFolder(), 'validation.sarif'))
    expect(results.filter((result) => result.level === 'error')).toEqual([])
  }, 120_000)

  it('also stays valid for a fleet with no readable file (no results, one notification each)', async () => {
    const { code, stdout } = await run(BROKEN, '--format', 'sarif')
    expect(code).toBe(2)
    const log = JSON.parse(stdout) as Log
    expect(log.runs[0]?.results).toEqual([])
    expect(sarifSchemaErrors(log)).toEqual([])
    expect((await run(BROKEN, '--format', 'jsonl')).stdout.split('\n').map((line) => line.slice(0, 16))).toEqual(['{"type":"header"', '{"type":"error",', ''])
  })
})

describe('assess --format jsonl|sarif --redact', () => {
  it('carries the same redacted findings as --format json --redact', async () => {
    const fleet = join(tempFolder(), 'Contoso')
    await fsp.mkdir(fleet, { recursive: true })
    await Promise.all(SERVERS.map((path) => fsp.copyFile(path, join(fleet, path.slice(FILES.length + 1)))))
    const [json, jsonl, sarif] = await Promise.all(['json', 'jsonl', 'sarif'].map((format) => run(fleet, '--format', format, '--redact')))
    const redacted = fromJson(json?.stdout ?? '')
    expect(redacted.map((server) => server.name)).toEqual(['SERVER-1', 'SERVER-2', 'SERVER-3'])
    expect(fromJsonl(jsonl?.stdout ?? '')).toEqual(redacted)
    expect(fromSarif(sarif?.stdout ?? '', headerRules(jsonl?.stdout ?? ''))).toEqual(redacted)
    for (const output of [jsonl?.stdout, sarif?.stdout]) {
      expect(output).not.toMatch(/AADC0|Contoso/i)
    }
    expect(sarifSchemaErrors(JSON.parse(sarif?.stdout ?? ''))).toEqual([])
  })
})
