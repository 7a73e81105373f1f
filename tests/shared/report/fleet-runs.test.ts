/**
 * The fleet shows each server once, by its newest run, and counts the older runs.
 */
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../../shared/assessments/assessment'
import { latestRunPerServer } from '../../../shared/report/fleet-runs'

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
    const first = run('AADC01', '', '2026-10-01T09:00:00.000Z')
    const same = run('AADC01', '', '2026-10-01T09:00:00.000Z')
    const { latest } = latestRunPerServer([a, b, first, same])
    expect(latest.map((assessment) => assessment.id)).toEqual([a.id, b.id, first.id])
  })
})
