/**
 * The fleet shows each server once, by its newest run, and counts the older runs.
 */
import { describe, expect, it } from 'vitest'
import type { Assessment } from '~shared/assessments/assessment'
import { latestRunPerServer as latestRuns } from '~shared/report/fleet-runs'
import type { InstallDetails } from '~shared/types/install-details'

/** Install details per assessment id; none for the others. */
const detailsById = new Map<string, InstallDetails>()
function latestRunPerServer(assessments: readonly Assessment[]) {
  return latestRuns(assessments, (assessment) => detailsById.get(assessment.id))
}
function withDetails(assessment: Assessment, fqdn: string | null, tenant: string | null = null): Assessment {
  detailsById.set(assessment.id, {
    kind: 'entra-connect-install-details',
    schemaVersion: 1,
    server: { name: 'AADC01', ...(fqdn === null ? {} : { fqdn }) },
    ...(tenant === null ? {} : { connect: { tenant } }),
  } as InstallDetails)
  return assessment
}

let next = 0
function run(serverName: string, customer: string, updatedAt: string): Assessment {
  next += 1
  return {
    kind: 'entra-connect-assessment',
    schemaVersion: 2,
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    name: `${serverName || 'Untitled'} run ${next}`,
    customer,
    serverName,
    inputs: [],
    answers: {},
    asOf: null,
    notes: '',
    createdAt: updatedAt,
    updatedAt,
  } as Assessment
}

describe('latestRunPerServer', () => {
  it('keeps the newest run of each server (customer and host name, case and domain ignored) and counts the others', () => {
    const before = run('AADC01', 'Contoso', '2026-10-01T09:00:00.000Z')
    const after = run('aadc01.corp.contoso.com', 'contoso ', '2026-11-20T09:00:00.000Z')
    const staging = run('AADC02', 'Contoso', '2026-10-01T09:00:00.000Z')
    const otherCustomer = run('AADC01', 'Fabrikam', '2026-09-01T09:00:00.000Z')
    const { latest, earlierRuns } = latestRunPerServer([before, staging, after, otherCustomer])
    expect(latest.map((assessment) => assessment.id)).toEqual([after.id, staging.id, otherCustomer.id])
    expect(earlierRuns.get(after.id)).toBe(1)
    expect(earlierRuns.get(staging.id)).toBe(0)
    expect(earlierRuns.get(before.id)).toBeUndefined()
  })

  it('keeps every assessment without a server name, and the first of two saved at the same moment', () => {
    const a = run('', 'Contoso', '2026-10-01T09:00:00.000Z')
    const b = run('', 'Contoso', '2026-10-01T09:00:00.000Z')
    const first = run('AADC01', 'Contoso', '2026-10-01T09:00:00.000Z')
    const same = run('AADC01', 'Contoso', '2026-10-01T09:00:00.000Z')
    const { latest, possiblySame } = latestRunPerServer([a, b, first, same])
    expect(latest.map((assessment) => assessment.id)).toEqual([a.id, b.id, first.id])
    expect(possiblySame).toEqual([])
  })

  it('shows eight servers of one short name as eight rows when their FQDN or customer differs, and still folds two runs of one', () => {
    const servers = [
      withDetails(run('AADC01', '', '2026-10-01T09:00:00.000Z'), 'aadc01.contoso.com'),
      withDetails(run('AADC01', '', '2026-10-02T09:00:00.000Z'), 'aadc01.fabrikam.com'),
      withDetails(run('AADC01', '', '2026-10-03T09:00:00.000Z'), 'aadc01.northwind.local'),
      withDetails(run('AADC01', '', '2026-10-04T09:00:00.000Z'), 'aadc01.corp.local', 'tailspin.onmicrosoft.com'),
      withDetails(run('AADC01', '', '2026-10-05T09:00:00.000Z'), 'aadc01.corp.local', 'wingtip.onmicrosoft.com'),
      run('AADC01', 'Adatum', '2026-10-06T09:00:00.000Z'),
      run('AADC01', 'Litware', '2026-10-07T09:00:00.000Z'),
      run('AADC01', 'Proseware', '2026-10-08T09:00:00.000Z'),
    ]
    const laterRun = withDetails(run('aadc01', '', '2026-11-01T09:00:00.000Z'), 'AADC01.Contoso.com')
    const { latest, earlierRuns, possiblySame } = latestRunPerServer([...servers, laterRun])
    expect(latest).toHaveLength(8)
    expect(latest[0]?.id).toBe(laterRun.id)
    expect(earlierRuns.get(laterRun.id)).toBe(1)
    expect(possiblySame).toEqual([])
  })

  it('does not fold runs known only by their short name: each is a row, and the pair is offered until the user links them', () => {
    const older = run('AADC01', '', '2026-10-01T09:00:00.000Z')
    const newer = run('aadc01', '', '2026-11-01T09:00:00.000Z')
    const offered = latestRunPerServer([newer, older])
    expect(offered.latest.map((assessment) => assessment.id)).toEqual([newer.id, older.id])
    expect(offered.possiblySame).toEqual([{ newerId: newer.id, olderId: older.id, shortName: 'AADC01' }])

    const linked = latestRunPerServer([older, { ...newer, sameServerAs: older.id }])
    expect(linked.latest.map((assessment) => assessment.id)).toEqual([newer.id])
    expect(linked.earlierRuns.get(newer.id)).toBe(1)
    expect(linked.possiblySame).toEqual([])
  })

  it('folds a link that names a run listed after the one that carries it', () => {
    const a = run('AADC01', '', '2026-10-01T09:00:00.000Z')
    const b = run('AADC01', '', '2026-11-01T09:00:00.000Z')
    const { latest, earlierRuns } = latestRunPerServer([{ ...a, sameServerAs: b.id }, b])
    expect(latest.map((assessment) => assessment.id)).toEqual([b.id])
    expect(earlierRuns.get(b.id)).toBe(1)
  })
})
