import { describe, expect, it } from 'vitest'
import type { Finding } from '~shared/rules/types'
import { buildFleetMatrix, prepareFleetRow, type KeyedServer } from '~shared/report/fleet-matrix'
import { buildFleetReport } from '~shared/report/fleet-report'
import { localeDateFormatter } from '~renderer/components/locale-date'
import { documentOf, REPORT_AS_OF, sampleFleet, serverFromDocument, serverFromFile } from '~tests/support/report-fleet'

/** The Fleet is shown on screen: dates as the renderer writes them in en-GB. */
const EN_GB = localeDateFormatter('en-GB')

const AADC01 = 'tests/fixtures/files/aadc01.json'

function keyed(servers: KeyedServer['server'][]): KeyedServer[] {
  return servers.map((server, index) => ({ key: `id-${index}`, server }))
}

/** AADC01's document with `connect` fields replaced. */
function withConnect(changes: Record<string, unknown>, name = 'AADC01'): Record<string, unknown> {
  const document = documentOf(AADC01)
  return { ...document, server: { ...(document.server as object), name }, connect: { ...(document.connect as object), ...changes } }
}

describe('buildFleetMatrix', () => {
  it('gives the same matrix from servers prepared ahead, and from the same servers built again on another date', () => {
    const fleet = sampleFleet()
    const fresh = buildFleetMatrix(keyed(fleet.servers.map((server) => ({ ...server }))), REPORT_AS_OF, EN_GB)
    fleet.servers.forEach((server) => prepareFleetRow(server, REPORT_AS_OF, EN_GB))
    expect(buildFleetMatrix(keyed([...fleet.servers]), REPORT_AS_OF, EN_GB)).toEqual(fresh)
    // What is kept for a date is not used for another.
    const later = buildFleetMatrix(keyed([...fleet.servers]), '2027-06-01', EN_GB)
    expect(later).toEqual(buildFleetMatrix(keyed(fleet.servers.map((server) => ({ ...server }))), '2027-06-01', EN_GB))
    expect(later.rows).not.toEqual(fresh.rows)
  })

  it('orders the rows as the fleet report orders its servers', () => {
    const fleet = sampleFleet()
    const matrix = buildFleetMatrix(keyed([...fleet.servers].reverse()), REPORT_AS_OF, EN_GB)
    expect(matrix.rows.map((row) => row.title)).toEqual(buildFleetReport(fleet).servers.map((server) => server.title))
  })

  it('puts a critical server before a ready one whatever the input order', () => {
    const ready = serverFromDocument(withConnect({ version: '2.6.92.0', serverConfigurationVersion: '2.6.92.0', connectorIdentityType: 'Application' }, 'AADC09'), 'AADC09')
    const critical = serverFromFile(AADC01)
    const matrix = buildFleetMatrix(keyed([ready, critical]), REPORT_AS_OF, EN_GB)
    expect(matrix.rows.map((row) => [row.key, row.verdict])).toEqual([
      ['id-1', 'critical'],
      ['id-0', expect.not.stringMatching(/^critical$/)],
    ])
  })

  it('shows the most urgent status of each step, and null for a step without findings', () => {
    const server = serverFromFile(AADC01)
    const version = server.findings.filter((finding) => finding.step === 'version')
    const only = (status: Finding['status']) => ({ ...version[0], status }) as Finding
    const custom = { ...server, findings: [only('pass'), only('info'), only('warn'), only('unknown')] }
    const [row] = buildFleetMatrix(keyed([custom]), REPORT_AS_OF, EN_GB).rows
    expect(row?.steps).toEqual({ version: 'warn', prerequisites: null, autoupgrade: null, staging: null, cloudsync: null })
  })

  it('counts fails and warnings and names the next deadline with the days to it', () => {
    const [row] = buildFleetMatrix(keyed([serverFromFile(AADC01)]), REPORT_AS_OF, EN_GB).rows
    expect(row?.steps.version).toBe('fail')
    // Warnings: the 2027 floor, CVE-2026-65673, and automatic upgrade that has not upgraded this 2.4.27.0 server.
    expect([row?.failCount, row?.warnCount]).toEqual([2, 3])
    expect(row?.nextDeadline).toEqual({ date: '2027-04-07', dateText: '7 Apr 2027', label: 'Sync stops without 2.6.84.0 + app auth', daysFromAsOf: 132, isUnconfirmed: true })
  })

  it('names the stop of sync a server has already missed before its other broken deadlines, and none for a ready server', () => {
    const [row] = buildFleetMatrix(keyed([serverFromFile(AADC01)]), REPORT_AS_OF, EN_GB).rows
    expect(row?.brokenSince).toEqual({ date: '2026-09-30', dateText: '30 Sept 2026', label: 'All synchronization stops', daysFromAsOf: -57, isUnconfirmed: false })
    const ready = serverFromDocument(withConnect({ version: '2.6.92.0', serverConfigurationVersion: '2.6.92.0', connectorIdentityType: 'Application' }, 'AADC09'), 'AADC09')
    expect(buildFleetMatrix(keyed([ready]), REPORT_AS_OF, EN_GB).rows[0]?.brokenSince).toBeUndefined()
  })

  it('warns on both servers of a pair that are both active, and counts the warning once', () => {
    const primary = serverFromDocument(withConnect({}, 'AADC01'), 'AADC01', { customer: 'Contoso' })
    const partner = serverFromDocument(withConnect({}, 'AADC02'), 'AADC02', { customer: 'contoso ' })
    const other = serverFromDocument(withConnect({}, 'FAB01'), 'FAB01', { customer: 'Fabrikam' })
    const matrix = buildFleetMatrix(keyed([primary, partner, other]), REPORT_AS_OF, EN_GB)
    expect(matrix.counts.stagingWarnings).toBe(1)
    expect(matrix.staging.pairs[0]).toMatchObject({ status: 'both-active', primary: { key: 'id-0' }, staging: { key: 'id-1' } })
    const warned = matrix.rows.filter((row) => row.stagingWarning !== undefined).map((row) => row.title)
    expect(warned.sort()).toEqual(['AADC01', 'AADC02'])
    expect(matrix.rows.find((row) => row.title === 'AADC01')?.stagingWarning).toMatch(/^AADC01 and AADC02 are both active/)
  })

  it('marks a ready server in a good pair as not needing attention', () => {
    const ready = { connectorIdentityType: 'Application', version: '2.6.92.0', serverConfigurationVersion: '2.6.92.0' }
    const primary = serverFromDocument(withConnect(ready, 'AADC01'), 'AADC01', { customer: 'Contoso' })
    const staging = serverFromDocument(withConnect({ ...ready, stagingModeEnabled: true }, 'AADC02'), 'AADC02', { customer: 'Contoso' })
    const matrix = buildFleetMatrix(keyed([primary, staging]), REPORT_AS_OF, EN_GB)
    expect(matrix.staging.pairs[0]?.status).toBe('ok')
    expect(matrix.rows.map((row) => [row.title, row.verdict, row.needsAttention, row.stagingWarning])).toEqual([
      ['AADC01', 'ok', false, undefined],
      ['AADC02', 'ok', false, undefined],
    ])
  })

  it('totals the verdicts and lists the customers once each, sorted', () => {
    const servers = [serverFromFile(AADC01, { customer: 'Fabrikam' }), serverFromFile(AADC01, { customer: 'Contoso' }), serverFromFile(AADC01, { customer: 'Contoso' }), serverFromFile(AADC01)]
    const matrix = buildFleetMatrix(keyed(servers), REPORT_AS_OF, EN_GB)
    // The two Contoso AADC01 are one server twice, not a staging pair: no warning.
    expect(matrix.counts).toEqual({ servers: 4, byVerdict: { critical: 4, 'action-required': 0, incomplete: 0, ok: 0 }, stagingWarnings: 0 })
    expect(matrix.staging.pairs).toEqual([])
    expect(matrix.customers).toEqual(['Contoso', 'Fabrikam'])
    expect(matrix.rows.filter((row) => row.customer === '')).toHaveLength(1)
  })

  it('titles a server without a name by its assessment and reads an unknown version as null', () => {
    const nameless = serverFromDocument({ kind: 'entra-connect-install-details', schemaVersion: 1 }, 'Visit notes')
    const [row] = buildFleetMatrix(keyed([nameless]), REPORT_AS_OF, EN_GB).rows
    expect(row).toMatchObject({ title: 'Visit notes', name: null, source: 'Visit notes', version: null, verdict: 'incomplete' })
    expect(row?.nextDeadline).toBeUndefined()
  })
})
