/**
 * One row per server in the fleet: a server assessed more than once (the run saved before an
 * upgrade and its copy updated after it) is shown by its newest run, the older ones counted.
 *
 * Runs are one server only when their identity says so (shared/assessments/server-identity.ts:
 * FQDN, tenant, customer, short name) or the user said so (`sameServerAs`). Runs whose identity
 * is unknown (only a short name agrees) stay separate rows; where one of them is known by its
 * short name alone, the pair is offered to the user.
 */
import type { Assessment } from '../assessments/assessment'
import { compareIdentities, isWorthAsking, serverIdentity, type ServerIdentity } from '../assessments/server-identity'
import type { InstallDetails } from '../types/install-details'

/** Two rows that may be one server: the user is asked "Same server, later run?". */
export interface PossibleSameServer {
  /** The newest run of the newer row (it takes `sameServerAs` when the user accepts). */
  readonly newerId: string
  /** The newest run of the older row. */
  readonly olderId: string
  /** The short name both share. */
  readonly shortName: string
}

/** The newest run of each server, in the order the servers first appear, and how many older runs each has. */
export interface LatestRuns {
  readonly latest: readonly Assessment[]
  /** Assessment id (of a newest run) → the number of older runs of the same server. */
  readonly earlierRuns: ReadonlyMap<string, number>
  /** Rows whose identity is not known well enough to tell: one offer per pair of rows. */
  readonly possiblySame: readonly PossibleSameServer[]
}

interface Run {
  readonly assessment: Assessment
  readonly identity: ServerIdentity
}

/** The user said these two are runs of one server (either one may carry the link). */
function isLinked(a: Assessment, b: Assessment): boolean {
  return a.sameServerAs === b.id || b.sameServerAs === a.id
}

function joins(group: readonly Run[], run: Run): boolean {
  if (group.some((member) => isLinked(member.assessment, run.assessment))) {
    return true
  }
  const matches = group.map((member) => compareIdentities(member.identity, run.identity))
  return !matches.includes('different') && matches.includes('same')
}

function newestOf(group: readonly Run[]): Assessment {
  return group.reduce((newest, run) => (run.assessment.updatedAt > newest.assessment.updatedAt ? run : newest)).assessment
}

/**
 * Keeps each server's newest run (by `updatedAt`; the first listed wins a tie). `detailsOf` gives
 * an assessment's derived install details (shared/intake/derive.ts), which hold its FQDN and tenant.
 */
export function latestRunPerServer(assessments: readonly Assessment[], detailsOf: (assessment: Assessment) => InstallDetails | undefined): LatestRuns {
  // Grouped by short name first: only runs of one short name can be one server.
  const byName = new Map<string, Run[][]>()
  const groups: Run[][] = []
  for (const assessment of assessments) {
    const run: Run = { assessment, identity: serverIdentity(assessment, detailsOf(assessment)) }
    const name = run.identity.shortName
    const candidates = name === null ? [] : (byName.get(name) ?? [])
    const group = candidates.find((candidate) => joins(candidate, run))
    if (group !== undefined) {
      group.push(run)
    } else {
      const created = [run]
      groups.push(created)
      if (name !== null) {
        byName.set(name, [...candidates, created])
      }
    }
  }
  // A link may name a run listed after the one that carries it: groups it bridges are merged.
  for (const candidates of byName.values()) {
    for (let i = 0; i < candidates.length; i += 1) {
      for (let j = candidates.length - 1; j > i; j -= 1) {
        const [a, b] = [candidates[i], candidates[j]]
        if (a !== undefined && b !== undefined && a.some((x) => b.some((y) => isLinked(x.assessment, y.assessment)))) {
          a.push(...b)
          b.length = 0
          candidates.splice(j, 1)
        }
      }
    }
  }
  const kept = groups.filter((group) => group.length > 0)
  const latest = kept.map(newestOf)
  const earlierRuns = new Map<string, number>(kept.map((group, index) => [latest[index]?.id ?? '', group.length - 1]))
  const possiblySame: PossibleSameServer[] = []
  for (const [shortName, candidates] of byName) {
    for (let i = 0; i < candidates.length; i += 1) {
      for (let j = i + 1; j < candidates.length; j += 1) {
        const [a, b] = [candidates[i] ?? [], candidates[j] ?? []]
        const isUnknown = a.every((x) => b.every((y) => compareIdentities(x.identity, y.identity) === 'unknown'))
        const isAsked = a.some((x) => b.some((y) => isWorthAsking(x.identity, y.identity)))
        if (isUnknown && isAsked) {
          const [older, newer] = [newestOf(a), newestOf(b)].sort((x, y) => x.updatedAt.localeCompare(y.updatedAt))
          if (older !== undefined && newer !== undefined) {
            possiblySame.push({ newerId: newer.id, olderId: older.id, shortName })
          }
        }
      }
    }
  }
  return { latest, earlierRuns, possiblySame }
}
