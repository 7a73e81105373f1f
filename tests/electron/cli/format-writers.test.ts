import { describe, expect, it } from 'vitest'
import type { ContractServer as ServerAssessment } from '~shared/report/fleet-input'
import { jsonlTail, leadsWithComma, sarifTailOf, serverOutput, streamedWriter } from '~electron/cli/format-writers'
import { assessServer } from '~shared/assess'
import { BUILT_IN_PACK as RULE_PACK } from '~shared/rules/pack/built-in'
import type { InstallDetails } from '~shared/types/install-details'

const TOOL = { name: 'entra-readiness', version: '1.0.0' }
const HEADER = { schemaVersion: 1 as const, asOf: '2026-11-26', rulePack: { version: RULE_PACK.version, asOf: RULE_PACK.asOf } }

function server(name: string): ServerAssessment {
  const details = { kind: 'entra-connect-install-details', schemaVersion: 1, server: { name }, connect: { version: '2.4.27.0' } } as InstallDetails
  const report = assessServer(details, '2026-11-26', RULE_PACK, { default: `${name}.json` })
  return { source: `${name}.json`, name, verdict: report.verdict, findings: report.findings }
}

function written(format: 'jsonl' | 'sarif', servers: readonly ServerAssessment[], errors: { source: string; message: string }[] = []): string {
  const writer = streamedWriter(format, TOOL)
  const parts = [writer.head(HEADER), ...servers.map((each, index) => writer.server(each, index, { details: {} as InstallDetails }))]
  parts.push(writer.tail({ serverCount: servers.length, notOkCount: servers.length, errors }))
  return parts.map((part) => (typeof part === 'string' ? part : Buffer.from(part).toString('utf8'))).join('')
}

describe('streamedWriter', () => {
  it('writes a SARIF log that parses, whatever the number of servers (none assessed: exit 2), the first result without a comma', () => {
    for (const servers of [[], [server('A')], [server('A'), server('B')]]) {
      const log = JSON.parse(written('sarif', servers)) as { runs: { results: unknown[]; invocations: { exitCode: number }[] }[] }
      expect(log.runs[0]?.results).toHaveLength(servers.reduce((sum, each) => sum + each.findings.length, 0))
      expect(log.runs[0]?.invocations[0]?.exitCode).toBe(servers.length === 0 ? 2 : 1)
    }
  })

  it('writes JSON Lines: the header, a line per server, a line per error', () => {
    const text = written('jsonl', [server('A'), server('B')], [{ source: 'x.json', message: 'x.json: not JSON.' }])
    expect(text.split('\n').map((line) => (line === '' ? '' : (JSON.parse(line) as { type: string }).type))).toEqual(['header', 'server', 'server', 'error', ''])
  })
})

describe('serverOutput and the tails', () => {
  it('lead sarif results with a comma (the writer drops the first), jsonl lines with nothing', () => {
    expect(serverOutput('sarif', server('A')).startsWith(',\n')).toBe(true)
    expect(serverOutput('jsonl', server('A')).startsWith('{"type":"server"')).toBe(true)
    expect([leadsWithComma('json'), leadsWithComma('sarif'), leadsWithComma('jsonl'), leadsWithComma('text')]).toEqual([true, true, false, false])
  })

  it('put the exit status in the SARIF invocation and nothing but error lines in the jsonl tail', () => {
    const summary = { serverCount: 1, notOkCount: 0, errors: [{ source: 'x.json', message: 'x.json: not JSON.' }] }
    expect(sarifTailOf(summary)).toContain('"exitCode": 2')
    expect(jsonlTail(summary)).toBe('{"type":"error","source":"x.json","message":"x.json: not JSON."}\n')
    expect(jsonlTail({ ...summary, errors: [] })).toBe('')
  })
})
