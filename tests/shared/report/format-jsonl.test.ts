import { describe, expect, it } from 'vitest'
import { toContractDocument } from '~shared/report/fleet-input'
import { formatJsonl, jsonlErrorLine } from '~shared/report/format-jsonl'
import { buildRuleCatalogue } from '~shared/report/rule-catalogue'
import { ALL_RULES } from '~shared/rules/index'
import { fleetOf, sampleFleet } from '~tests/support/report-fleet'

const catalogue = buildRuleCatalogue(ALL_RULES)

describe('formatJsonl', () => {
  it('writes a header, a line per server and a line per error, each one JSON value', () => {
    const fleet = sampleFleet()
    const document = toContractDocument(fleetOf(fleet.servers, [{ source: 'x.json', message: 'x.json: not JSON.' }]))
    const lines = formatJsonl(document, catalogue).split('\n')
    expect(lines.at(-1)).toBe('')
    const values = lines.slice(0, -1).map((line) => JSON.parse(line) as { type: string })
    expect(values.map((value) => value.type)).toEqual(['header', 'server', 'server', 'server', 'error'])
    expect(values[0]).toMatchObject({ schemaVersion: 1, asOf: document.asOf, rulePack: document.rulePack })
    expect(Object.keys((values[0] as unknown as { rules: object }).rules)).toEqual(ALL_RULES.map((rule) => rule.id))
  })

  it('keeps only a finding’s own fields: rule id, status, message, evidence, data (and a fix of its own)', () => {
    const document = toContractDocument(sampleFleet())
    const server = JSON.parse(formatJsonl(document, catalogue).split('\n')[1] ?? '') as { findings: Record<string, unknown>[] }
    for (const finding of server.findings) {
      expect(Object.keys(finding).filter((key) => key !== 'remediation')).toEqual(['ruleId', 'status', 'message', 'evidence', 'data'])
    }
  })
})

describe('jsonlErrorLine', () => {
  it('escapes what JSON needs escaped, and stays on one line', () => {
    expect(jsonlErrorLine({ source: 'a\nb.json', message: 'bad "x"' })).toBe('{"type":"error","source":"a\\nb.json","message":"bad \\"x\\""}\n')
  })
})

describe('control characters in JSON Lines', () => {
  it('escapes C1 controls, bidi overrides and line separators that JSON.stringify leaves raw', () => {
    const line = jsonlErrorLine({ source: 'x\u202Etxt.exe', message: 'csi \u009b2J, ls \u2028 end' })
    expect(line).not.toMatch(/[\u009b\u202e\u2028]/u)
    expect(line).toContain('\\u202e')
    expect(line).toContain('\\u009b')
    expect(JSON.parse(line)).toEqual({ type: 'error', source: 'x\u202Etxt.exe', message: 'csi \u009b2J, ls \u2028 end' })
  })
})
