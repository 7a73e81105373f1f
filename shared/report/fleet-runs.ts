/**
 * One row per server in the fleet: a server assessed more than once (the run saved before an
 * upgrade and its copy updated after it) is shown by its newest run, the older ones counted.
 *
 * Runs are one server only when their identity says so (shared/assessments/server-identity.ts:
 * FQDN, tenant, customer, short name) or the user said so (`sameServerAs`). Runs whose identity
 * is unknown (only a short name agrees) stay separate rows; where one of them is known by its
 * short name alone, the user is asked about it: one question per such row, naming every row it
 * may be a run of.
 */
import type { Assessment } from '../assessments/assessment'
import { compareIdentities, isKnownByNameOnly, isWorthAsking, missingTellingFacts, serverIdentity, type ServerIdentity, type TellingFact } from '../assessments/server-identity'
import type { InstallDetails } from '../types/install-details'

/**
 * A run whose identity is unknown and the rows it may be a run of: the Fleet asks one question
 * per such run ("… may be a later run of: [one of these] / a different server"), not one per pair.
 */
export interface PossibleRepeat {
  /**
   * The newest run of the row the question is about: the row known by its short name alone (of two
   * such rows, the newer one).
   */
  readonly subjectId: string
  /** The short name every row of the question shares. */
  readonly shortName: string
  /** The telling facts the subject's run does not know (why nothing tells it apart). */
  readonly subjectLacks: readonly TellingFact[]
  /** The newest run of each row it may be a run of, newest first. */
  readonly candidateIds: readonly string[]
}

/** The newest run of each server, in the order the servers first appear, and how many older runs each has. */
export interface LatestRuns {
  readonly latest: readonly Assessment[]
  /** Assessment id (of a newest run) → the number of older runs of the same server. */
  readonly earlierRuns: ReadonlyMap<string, number>
  /** Rows whose identity is not known well enough to tell: one question per row asked about. */
  readonly possibleRepeats: readonly PossibleRepeat[]
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
  return { latest, earlierRuns, possibleRepeats: repeatsOf(byName) }
}

function isNameOnlyRow(group: readonly Run[]): boolean {
  return group.some((run) => isKnownByNameOnly(run.identity))
}

/**
 * The questions: for each pair of rows of one short name that nothing tells apart (and one of which
 * is known by its name alone), the row known by its name alone is asked about (of two such, the
 * newer), with the other among its candidates. Questions in the order their rows first appear.
 */
function repeatsOf(byName: ReadonlyMap<string, readonly Run[][]>): PossibleRepeat[] {
  const questions = new Map<string, { readonly shortName: string; readonly subject: Run; readonly candidates: Assessment[] }>()
  for (const [shortName, candidates] of byName) {
    for (let i = 0; i < candidates.length; i += 1) {
      for (let j = i + 1; j < candidates.length; j += 1) {
        const [a, b] = [candidates[i] ?? [], candidates[j] ?? []]
        const isUnknown = a.every((x) => b.every((y) => compareIdentities(x.identity, y.identity) === 'unknown'))
        const isAsked = a.some((x) => b.some((y) => isWorthAsking(x.identity, y.identity)))
        if (!isUnknown || !isAsked || a.length === 0 || b.length === 0) {
          continue
        }
        const [newerOfTwo, olderOfTwo] = newestOf(b).updatedAt > newestOf(a).updatedAt ? [b, a] : [a, b]
        const [subject, other] = isNameOnlyRow(newerOfTwo) || !isNameOnlyRow(olderOfTwo) ? [newerOfTwo, olderOfTwo] : [olderOfTwo, newerOfTwo]
        const subjectRun = subject.find((run) => run.assessment === newestOf(subject)) ?? subject[0]
        if (subjectRun === undefined) {
          continue
        }
        const question = questions.get(subjectRun.assessment.id) ?? { shortName, subject: subjectRun, candidates: [] }
        question.candidates.push(newestOf(other))
        questions.set(subjectRun.assessment.id, question)
      }
    }
  }
  return [...questions.values()].map(({ shortName, subject, candidates }) => ({
    subjectId: subject.assessment.id,
    shortName,
    subjectLacks: missingTellingFacts(subject.identity),
    candidateIds: [...candidates].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt)).map((candidate) => candidate.id),
  }))
}
