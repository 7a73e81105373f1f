import { describe, expect, it } from 'vitest'
import { RedactionIncompleteError, redactFleetInput, redactRun, renderRedacted } from '~shared/report/redact'
import { toContractDocument, type FleetInput } from '~shared/report/fleet-input'
import { formatJson } from '~shared/report/format-json'
import { renderReport } from '~shared/report/render-report'
import { documentOf, fleetOf, serverFromDocument } from '~tests/support/report-fleet'

const BASE = documentOf('tests/fixtures/files/aadc01.json')

describe('the final check of a redacted report', () => {
  it('refuses output that would still show a name (here in an extra field’s key, which is never rewritten)', () => {
    const document = { ...BASE, extra: { 'contoso-secret.example.org': true } }
    const fleet = fleetOf([serverFromDocument(document, 'aadc01.json')])
    expect(() => renderReport('markdown', fleet, true)).toThrow(RedactionIncompleteError)
    expect(() => renderReport('markdown', fleet, false)).not.toThrow()
  })

  it('passes output where the report’s own words equal a name (a server named Server)', () => {
    const fleet = fleetOf([serverFromDocument({ ...BASE, server: { ...(BASE.server as object), name: 'Server' } }, 'aadc01.json')])
    expect(renderReport('html', fleet, true)).toContain('SERVER-1')
  })

  it('passes what a renderer writes from the redacted run', () => {
    const fleet = fleetOf([serverFromDocument(BASE, 'aadc01.json')])
    expect(renderRedacted(fleet, (redacted) => redacted.servers[0]?.name ?? '')).toBe('SERVER-1')
  })

  it('catches a name in a field the redaction does not know', () => {
    const [server] = fleetOf([serverFromDocument(BASE, 'aadc01.json')]).servers
    const fleet = fleetOf(server === undefined ? [] : [{ ...server, owner: 'AADC01 team' } as typeof server])
    const ownerOf = (redacted: typeof fleet) => String((redacted.servers[0] as unknown as { owner?: string } | undefined)?.owner ?? '')
    expect(() => renderRedacted(fleet, ownerOf)).toThrow(RedactionIncompleteError)
  })
})

describe('the final check over a collector’s output', () => {
  const COLLECTED = documentOf('tests/fixtures/collector/customized-collector-output.json')
  const FQDN = 'aadc-custom.corp.contoso.com'

  it.each(['json', 'markdown', 'html', 'csv'] as const)('passes %s, whose keys and notes name the document’s own fields (connect, database, features)', (format) => {
    const fleet = fleetOf([serverFromDocument(COLLECTED, 'customized-collector-output.json')])
    const output = renderReport(format, fleet, true)
    expect(output).toContain('SERVER-1')
    expect(output.toLowerCase()).not.toContain('contoso')
  })

  it('passes a server named like one of the document’s fields, and still replaces its name', () => {
    const fleet = fleetOf([serverFromDocument({ ...COLLECTED, server: { ...(COLLECTED.server as object), name: 'Features' } }, 'customized-collector-output.json')])
    const output = renderReport('json', fleet, true)
    expect(output).toContain('"name": "SERVER-1"')
    expect(output).not.toContain('"Features"')
  })

  it('refuses output that still shows the server’s FQDN in an evidence value', () => {
    const fleet = fleetOf([serverFromDocument({ ...COLLECTED, server: { ...(COLLECTED.server as object), fqdn: FQDN } }, 'customized-collector-output.json')])
    const run = redactRun(fleet)
    const render = (redacted: FleetInput) => formatJson(toContractDocument(redacted))
    const leaked = {
      ...run.fleet,
      servers: run.fleet.servers.map((server) => ({
        ...server,
        findings: server.findings.map((finding, index) => (index === 0 ? { ...finding, evidence: { ...finding.evidence, 'server.fqdn': { value: FQDN, from: 'FILE-1.json' } } } : finding)),
      })),
    }
    expect(run.leaks(render(run.fleet), render(run.template))).toEqual([])
    expect(run.leaks(render(leaked), render(run.template))).toEqual(expect.arrayContaining(['aadc-custom']))
  })
})

describe('redacting the messages of unreadable inputs', () => {
  it('drops the values they quote from the file', () => {
    const fleet = fleetOf([], [{ source: '/home/jdoe/x.json', message: 'x.json: "kind" is "NORTHWIND-PAYROLL-07"; expected "entra-connect-install-details"' }])
    const [error] = redactFleetInput(fleet).errors
    expect(error).toEqual({ source: 'FILE-1.json', message: 'FILE-1.json: "…" is "…"; expected "…"' })
  })
})
