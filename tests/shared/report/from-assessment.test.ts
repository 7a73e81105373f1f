import { describe, expect, it } from 'vitest'
import { assessmentSchema, type Assessment } from '~shared/assessments/assessment'
import { buildFleetReport } from '~shared/report/fleet-report'
import { fleetInputFromAssessments, serverInputFromAssessment } from '~shared/report/from-assessment'
import { renderReport } from '~shared/report/render-report'
import { smallDraft } from '~tests/support/assessment-drafts'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

function saved(overrides: Partial<Assessment> = {}): Assessment {
  return assessmentSchema.parse({
    kind: 'entra-connect-assessment',
    schemaVersion: 2,
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    ...smallDraft(),
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    ...overrides,
  })
}

describe('serverInputFromAssessment', () => {
  it('merges the inputs (later wins, conflicts kept) and assesses them as of the date', () => {
    const assessment = saved({ inputs: [...smallDraft().inputs, { source: 'typed in', format: 'typed', facts: [{ path: 'connect.version', value: '2.5.79.0' }] }] })
    const server = serverInputFromAssessment(assessment, '2026-11-26', validateInstallDetails, BUILT_IN_PACK)
    expect(server).toMatchObject({ source: 'Contoso AADC01', name: 'AADC01', customer: 'Contoso' })
    expect(server.details.connect?.version).toBe('2.5.79.0')
    expect(server.provenance?.['connect.version']).toBe('typed in (unconfirmed: the inputs disagree)')
    expect(server.conflicts?.map((conflict) => conflict.path)).toEqual(['connect.version'])
    expect(server.findings.find((finding) => finding.ruleId === 'version/sync-stop-2026')?.evidence['connect.version']).toEqual({ value: '2.5.79.0', from: 'typed in (unconfirmed: the inputs disagree)' })
  })

  it('names the server from its facts when the assessment does not, and carries pairWith', () => {
    expect(serverInputFromAssessment(saved({ serverName: ' ', pairWith: 'AADC02' }), '2026-11-26', validateInstallDetails, BUILT_IN_PACK)).toMatchObject({ name: 'AADC01', pairWith: 'AADC02' })
  })
})

describe('fleetInputFromAssessments', () => {
  it('makes one run of several assessments, ready for a fleet report', () => {
    const fleet = fleetInputFromAssessments([saved(), saved({ name: 'Contoso AADC02', serverName: 'AADC02', pairWith: 'AADC01' })], '2026-11-26', validateInstallDetails, BUILT_IN_PACK)
    expect(fleet.servers.map((server) => server.name)).toEqual(['AADC01', 'AADC02'])
    expect(buildFleetReport(fleet).staging.pairs).toHaveLength(1)
  })
})

describe('redacted reports of saved assessments', () => {
  it('replace free-text assessment names whole: no word of the customer survives', () => {
    const fleet = fleetInputFromAssessments(
      [
        saved({ name: 'Northwind Traders AADC01 before upgrade', customer: 'Northwind Traders Ltd' }),
        saved({ id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', name: 'aadc02.corp.contoso.com', serverName: 'aadc02.corp.contoso.com', customer: 'Northwind Traders Ltd', pairWith: 'AADC01' }),
      ],
      '2026-11-26',
      validateInstallDetails, BUILT_IN_PACK,
    )
    for (const format of ['csv', 'html', 'markdown', 'json'] as const) {
      const text = renderReport(format, fleet, true).toLowerCase()
      for (const original of ['northwind', 'traders', 'aadc01', 'aadc02', 'contoso', 'before upgrade']) {
        expect(text, `${original} in the redacted ${format}`).not.toContain(original)
      }
      expect(text).toContain('assessment-1')
    }
  })
})

