/**
 * One row per server in the fleet: a server assessed more than once (the run saved before an
 * upgrade and its copy updated after it) is shown by its newest run, the older ones counted.
 *
 * A server is its customer and its host name (case and domain ignored); an assessment without a
 * server name is a server of its own.
 */
import type { Assessment } from '../assessments/assessment'
import { customerKey, hostName } from './staging-pairs'

/** The newest run of each server, in the order the servers first appear, and how many older runs each has. */
export interface LatestRuns {
  readonly latest: readonly Assessment[]
  /** Assessment id (of a newest run) → the number of older runs of the same server. */
  readonly earlierRuns: ReadonlyMap<string, number>
}

function serverKey(assessment: Assessment): string {
  const host = hostName(assessment.serverName)
  return host === '' ? `id:${assessment.id}` : `${customerKey(assessment.customer)}\u0000${host}`
}

/** Keeps each server's newest run (by `updatedAt`; the first listed wins a tie). */
export function latestRunPerServer(assessments: readonly Assessment[]): LatestRuns {
  const newest = new Map<string, Assessment>()
  const counts = new Map<string, number>()
  for (const assessment of assessments) {
    const key = serverKey(assessment)
    const known = newest.get(key)
    counts.set(key, (counts.get(key) ?? 0) + 1)
    if (known === undefined || assessment.updatedAt > known.updatedAt) {
      newest.set(key, assessment)
    }
  }
  const latest = [...newest.values()]
  const earlierRuns = new Map<string, number>()
  for (const [key, assessment] of newest) {
    earlierRuns.set(assessment.id, (counts.get(key) ?? 1) - 1)
  }
  return { latest, earlierRuns }
}
