import { describe, expect, it } from 'vitest'
import { RedactionIncompleteError, redactFleetInput, renderRedacted } from '~shared/report/redact'
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

describe('redacting the messages of unreadable inputs', () => {
  it('drops the values they quote from the file', () => {
    const fleet = fleetOf([], [{ source: '/home/jdoe/x.json', message: 'x.json: "kind" is "NORTHWIND-PAYROLL-07"; expected "entra-connect-install-details"' }])
    const [error] = redactFleetInput(fleet).errors
    expect(error).toEqual({ source: 'FILE-1.json', message: 'FILE-1.json: "…" is "…"; expected "…"' })
  })
})
