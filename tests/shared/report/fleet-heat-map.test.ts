import { describe, expect, it } from 'vitest'
import { buildFleetMatrix, type FleetMatrix } from '~shared/report/fleet-matrix'
import { documentOf, serverFromDocument, serverFromFile } from '~tests/support/report-fleet'
import { localeDateFormatter } from '~renderer/components/locale-date'

/** The Fleet is shown on screen: dates as the renderer writes them in en-GB. */
const EN_GB = localeDateFormatter('en-GB')

const AADC01 = 'tests/fixtures/files/aadc01.json'

/** The fleet of `documents`, each assessed as of `asOf`. */
function matrixOf(asOf: string, ...documents: Record<string, unknown>[]): FleetMatrix {
  const servers = documents.map((document, index) => ({ key: `id-${index}`, server: serverFromDocument(document, `server ${index}`, {}, asOf) }))
  return buildFleetMatrix(servers, asOf, EN_GB)
}

function onBuild(version: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const document = documentOf(AADC01)
  return { ...document, connect: { ...(document.connect as object), version, serverConfigurationVersion: version, ...extra } }
}

/** The cell of the first row under the column `id`. */
function cell(matrix: FleetMatrix, id: string, row = 0) {
  const index = matrix.deadlines.findIndex((column) => column.id === id)
  return matrix.rows[row]?.heat[index]
}

describe('the deadline heat map', () => {
  it('has a column per deadline, oldest first, each build’s end of support labelled with the build', () => {
    const matrix = matrixOf('2026-11-26', onBuild('2.4.27.0'), onBuild('2.5.79.0'))
    expect(matrix.deadlines.map((column) => [column.id, column.dateText, column.label])).toEqual([
      ['federation-setup', '7 Apr 2025', 'AD FS / PingFederate setup stops'],
      ['wizard-sign-in', '30 Apr 2025', 'Wizard sign-in to Entra ID fails'],
      ['end-of-support:2.4.27.0', '15 Jan 2026', 'Build 2.4.27.0 out of support'],
      ['sync-stop-2026', '30 Sept 2026', 'All synchronization stops'],
      ['end-of-support:2.5.79.0', '23 Oct 2026', 'Build 2.5.79.0 out of support'],
      ['app-auth-2027', '7 Apr 2027', 'Sync stops without 2.6.84.0 + app auth'],
    ])
  })

  it('calls a passed date the sources do not confirm "probably" missed, never broken', () => {
    const matrix = matrixOf('2027-09-23', onBuild('2.6.91.0'))
    expect(cell(matrix, 'end-of-support:2.6.91.0')).toEqual({ columnId: 'end-of-support:2.6.91.0', state: 'probably-missed', text: 'probably since 23 Sept 2027', isUnconfirmed: true })
    expect(cell(matrixOf('2027-09-22', onBuild('2.6.91.0')), 'end-of-support:2.6.91.0')?.state).toBe('due-soon')
    expect(cell(matrixOf('2027-04-07', onBuild('2.5.79.0')), 'app-auth-2027')?.state).toBe('probably-missed')
    expect(cell(matrixOf('2027-04-06', onBuild('2.5.79.0')), 'app-auth-2027')?.state).toBe('due-soon')
  })

  it('marks the announced 2027 floor and third-party end-of-support dates as unconfirmed, never a stated one', () => {
    const matrix = matrixOf('2026-11-26', onBuild('2.4.27.0'), onBuild('2.6.3.0'), onBuild('2.6.91.0'))
    const unconfirmed = matrix.deadlines.filter((column) => column.isUnconfirmed).map((column) => column.id)
    expect(unconfirmed).toEqual(['app-auth-2027', 'end-of-support:2.6.91.0'])
    expect(cell(matrixOf('2026-11-26', onBuild('2.5.79.0')), 'end-of-support:2.5.79.0')).toMatchObject({ state: 'missed', isUnconfirmed: false })
    expect(cell(matrix, 'app-auth-2027')?.isUnconfirmed).toBe(true)
  })

  it('shows a deadline due the next day as due soon, in 1 day', () => {
    expect(cell(matrixOf('2026-09-29', onBuild('2.4.27.0')), 'sync-stop-2026')).toEqual({ columnId: 'sync-stop-2026', state: 'due-soon', text: 'in 1 day', isUnconfirmed: false })
  })

  it('shows a deadline on its own day as missed, broken since that day', () => {
    expect(cell(matrixOf('2026-09-30', onBuild('2.4.27.0')), 'sync-stop-2026')).toMatchObject({ state: 'missed', text: 'broken since 30 Sept 2026' })
  })

  it('counts 90 days ahead as due soon and 91 as later', () => {
    expect(cell(matrixOf('2026-07-02', onBuild('2.4.27.0')), 'sync-stop-2026')).toMatchObject({ state: 'due-soon', text: 'in 90 days' })
    expect(cell(matrixOf('2026-07-01', onBuild('2.4.27.0')), 'sync-stop-2026')).toMatchObject({ state: 'later', text: 'in 91 days' })
  })

  it('shows a deadline the build already meets as met', () => {
    expect(cell(matrixOf('2026-11-26', onBuild('2.5.79.0')), 'sync-stop-2026')).toMatchObject({ state: 'met', text: 'met' })
  })

  it('shows every deadline as not known when the version is unknown, other builds’ end of support included', () => {
    const document = documentOf(AADC01)
    const { version: _version, serverConfigurationVersion: _config, connectorIdentityType: _identity, ...connect } = document.connect as Record<string, unknown>
    const matrix = matrixOf('2026-11-26', onBuild('2.4.27.0'), { ...document, server: { name: 'AADC99' }, connect })
    const unknownRow = matrix.rows.find((row) => row.version === null)
    expect(unknownRow?.heat.map((entry) => [entry.state, entry.text])).toEqual(matrix.deadlines.map(() => ['unknown', 'not known']))
  })

  it('shows another build’s end of support as other build', () => {
    const matrix = matrixOf('2026-11-26', onBuild('2.4.27.0', { connectorIdentityType: 'Application' }), onBuild('2.6.92.0', { connectorIdentityType: 'Application' }))
    const newer = matrix.rows.findIndex((row) => row.version === '2.6.92.0')
    expect(cell(matrix, 'end-of-support:2.4.27.0', newer)).toMatchObject({ state: 'not-applicable', text: 'other build' })
  })

  it('shows a V1 server’s retirement as missed and a V2 server as meeting it', () => {
    const matrix = buildFleetMatrix(
      [
        { key: 'v1', server: serverFromFile('tests/fixtures/scenarios/v1-ws2012r2.json') },
        { key: 'v2', server: serverFromFile(AADC01) },
      ],
      '2026-11-26',
      EN_GB,
    )
    const v2 = matrix.rows.findIndex((row) => row.key === 'v2')
    const v1 = matrix.rows.findIndex((row) => row.key === 'v1')
    expect(cell(matrix, 'v1-retired', v1)).toMatchObject({ state: 'missed', text: 'broken since 31 Aug 2022' })
    expect(cell(matrix, 'v1-retired', v2)).toMatchObject({ state: 'met', text: 'met' })
  })
})
