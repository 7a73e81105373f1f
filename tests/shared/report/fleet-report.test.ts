import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '~shared/rules/index'
import { buildFleetReport } from '~shared/report/fleet-report'
import { documentOf, fleetOf, sampleFleet, serverFromDocument } from '~tests/support/report-fleet'

describe('buildFleetReport', () => {
  it('sorts the servers by urgency and numbers their anchors in that order', () => {
    const report = buildFleetReport(sampleFleet())
    expect(report.servers.map((server) => [server.anchor, server.title, server.verdict, server.failCount])).toEqual([
      ['server-1', 'V1-2012R2', 'critical', 7],
      ['server-2', 'AADC-STAGING', 'critical', 3],
      ['server-3', 'AADC01', 'critical', 2],
    ])
  })

  it('groups every finding by step in the wizard order, most urgent first within a step', () => {
    const [server] = buildFleetReport(sampleFleet()).servers
    expect(server?.steps.map((step) => step.title)).toEqual(['Version and deadlines', 'Prerequisites', 'Auto-upgrade', 'Staging mode', 'Cloud Sync'])
    expect(server?.steps.flatMap((step) => step.findings).length).toBe(ALL_RULES.length)
    expect(server?.steps[0]?.findings.map((finding) => finding.status).slice(0, 3)).toEqual(['fail', 'fail', 'fail'])
  })

  it('lists every raw fact with where it came from, extra fields included', () => {
    const document = { ...documentOf('tests/fixtures/files/aadc01.json'), tenant: { id: 'x' } }
    const server = serverFromDocument(document, 'aadc01.json', { provenance: { 'connect.version': 'typed in' } })
    const [section] = buildFleetReport(fleetOf([server])).servers
    expect(section?.facts).toContainEqual({ path: 'connect.version', value: '2.4.27.0', from: 'typed in' })
    expect(section?.facts).toContainEqual({ path: 'server.name', value: 'AADC01', from: 'aadc01.json' })
    expect(section?.facts).toContainEqual({ path: 'tenant.id', value: 'x', from: 'aadc01.json' })
  })

  it('pairs the staging server with its primary across the fleet', () => {
    expect(buildFleetReport(sampleFleet()).staging.pairs).toEqual([
      expect.objectContaining({ primary: expect.objectContaining({ name: 'AADC01' }), staging: expect.objectContaining({ name: 'AADC-STAGING' }), status: 'ok' }),
    ])
  })

  it('uses the source as the title of a server without a name, and carries errors and the redaction flag', () => {
    const nameless = serverFromDocument({ kind: 'entra-connect-install-details', schemaVersion: 1 }, 'typed in')
    const report = buildFleetReport({ ...fleetOf([nameless], [{ source: 'b.json', message: 'b.json: broken' }]), isRedacted: true })
    expect(report.servers[0]).toMatchObject({ title: 'typed in', name: null, verdict: 'incomplete' })
    expect(report.errors).toHaveLength(1)
    expect(report.isRedacted).toBe(true)
  })
})
