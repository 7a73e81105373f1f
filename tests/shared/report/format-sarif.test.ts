import { describe, expect, it } from 'vitest'
import { toContractDocument } from '~shared/report/fleet-input'
import { fileUri, formatSarif } from '~shared/report/format-sarif'
import { buildRuleCatalogue } from '~shared/report/rule-catalogue'
import { ALL_RULES } from '~shared/rules/index'
import { sampleFleet } from '~tests/support/report-fleet'
import { sarifSchemaErrors } from '~tests/support/sarif-schema'

const TOOL = { name: 'entra-readiness', version: '1.2.3' }

describe('formatSarif', () => {
  it('writes one valid SARIF 2.1.0 run: the rules once, a result per finding', () => {
    const document = toContractDocument(sampleFleet())
    const log = JSON.parse(formatSarif(document, TOOL, buildRuleCatalogue(ALL_RULES), 1)) as { version: string; runs: { tool: { driver: { rules: unknown[] } }; results: unknown[] }[] }
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(log.runs[0]?.tool.driver.rules).toHaveLength(ALL_RULES.length)
    expect(log.runs[0]?.results).toHaveLength(document.servers.reduce((sum, server) => sum + server.findings.length, 0))
    expect(sarifSchemaErrors(log)).toEqual([])
  })

  it('escapes C1 controls and bidi overrides quoted from an unreadable file', () => {
    const document = toContractDocument(sampleFleet())
    const text = formatSarif({ ...document, errors: [{ source: 'a\u202Etxt.exe', message: 'csi \u009b2J' }] }, TOOL, buildRuleCatalogue(ALL_RULES), 2)
    expect(text).not.toMatch(/[\u009b\u202e]/u)
    expect(text).toContain('csi \\u009b2J')
  })
})

describe('fileUri', () => {
  it.each([
    ['servers/AADC01.json', 'servers/AADC01.json'],
    ['my servers/a#1.json', 'my%20servers/a%231.json'],
    ['/tmp/x.json', 'file:///tmp/x.json'],
    ['C:\\Collect\\AADC 01.json', 'file:///C:/Collect/AADC%2001.json'],
    ['\\\\fileserver\\share\\a.json', 'file://fileserver/share/a.json'],
  ])('turns %s into %s', (path, uri) => {
    expect(fileUri(path)).toBe(uri)
  })
})
