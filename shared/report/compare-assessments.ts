/**
 * Comparing two saved assessments of one server: the date each is evaluated on, and the
 * comparison itself with a label for each run. Which runs are "earlier runs" of a chosen one is
 * earlier-runs.ts (exported here too).
 *
 * Pure: the dates come in as values (a saved as-of date, a saved timestamp, the date the user
 * chose), never from the clock.
 */
import type { Assessment } from '../assessments/assessment'
import { type DateFormatter, formatIsoDate, isIsoDate, type IsoDate } from '../dates/iso-date'
import type { RulePack } from '../rules/pack/types'
import { isBelow, parseVersion } from '../version/four-part-version'
import type { Verdict } from '../rules/types'
import { compareRuns, type RunComparison } from './compare-runs'
import { serverInputFromAssessment } from './from-assessment'
import type { DetailsValidator } from '../import/merge-facts'
import { savedMs } from './earlier-runs'

export { defaultEarlierRun, earlierRunCandidates, isSameServer, nameRoot, type RunEntry } from './earlier-runs'

/**
 * Which date the runs are evaluated on. `own`: each as of its own saved date (what the customer
 * was told then). `common`: both as of `asOf` (only what changed on the server shows).
 */
export type CompareDates = { readonly mode: 'own' } | { readonly mode: 'common'; readonly asOf: IsoDate }

/** One run as the comparison labels it. */
export interface RunLabel {
  readonly id: string
  readonly name: string
  /** The server's name: the assessment's, else the one in its facts; null when neither says. */
  readonly server: string | null
  /** The date the run was evaluated on. */
  readonly asOf: IsoDate
  /** When the run was last saved (the stored timestamp, as `YYYY-MM-DD`). */
  readonly savedOn: IsoDate
  readonly verdict: Verdict
}

/** Two runs compared: the comparison, and a label for each run. */
export interface AssessmentComparison {
  readonly before: RunLabel
  readonly after: RunLabel
  readonly comparison: RunComparison
}

/** The date a run was saved on, from its stored timestamp (the pack's date when that is unreadable). */
function savedOn(assessment: Assessment, pack: Pick<RulePack, 'asOf'>): IsoDate {
  const date = assessment.updatedAt.slice(0, 10)
  return isIsoDate(date) ? date : pack.asOf
}

/** The date `assessment` is evaluated on under `dates`: its own as-of date (or its save date), or the common one. */
export function runDate(assessment: Assessment, dates: CompareDates, pack: Pick<RulePack, 'asOf'>): IsoDate {
  if (dates.mode === 'common') {
    return dates.asOf
  }
  return assessment.asOf !== null && isIsoDate(assessment.asOf) ? assessment.asOf : savedOn(assessment, pack)
}

function evaluate(assessment: Assessment, dates: CompareDates, validate: DetailsValidator, pack: RulePack, formatDate: DateFormatter) {
  const asOf = runDate(assessment, dates, pack)
  const server = serverInputFromAssessment(assessment, asOf, validate, pack, formatDate)
  const label: RunLabel = { id: assessment.id, name: assessment.name, server: server.name, asOf, savedOn: savedOn(assessment, pack), verdict: server.verdict }
  const snapshot = { name: server.name, asOf, rulePack: { version: pack.version }, verdict: server.verdict, findings: server.findings }
  return { label, snapshot, version: server.details.connect?.version ?? undefined, osBuild: server.details.server?.os?.build ?? undefined }
}

/**
 * What makes a pair suspect as two runs of one server over time: the later run on an older build
 * (a downgrade, or the runs the wrong way round) or on another Windows build (another machine?).
 */
function pairWarnings(earlier: ReturnType<typeof evaluate>, later: ReturnType<typeof evaluate>): readonly string[] {
  const warnings: string[] = []
  if (earlier.version !== undefined && later.version !== undefined && parseVersion(earlier.version) !== undefined && parseVersion(later.version) !== undefined && isBelow(later.version, earlier.version)) {
    warnings.push(`The later run has an older build (${later.version}) than the earlier one (${earlier.version}): check that these are runs of the same server, in the right order.`)
  }
  if (earlier.osBuild !== undefined && later.osBuild !== undefined && earlier.osBuild !== later.osBuild) {
    warnings.push(`The two runs are on different Windows builds (${String(earlier.osBuild)} and ${String(later.osBuild)}): they may be different machines.`)
  }
  return warnings
}

/**
 * Compares the saved run `before` with the saved run `after`, each evaluated on the date `dates`
 * gives, their facts held to the contract's schema by `validate`, both with the rule pack `pack`.
 */
export function compareAssessments(
  before: Assessment,
  after: Assessment,
  dates: CompareDates,
  validate: DetailsValidator,
  pack: RulePack,
  formatDate: DateFormatter = formatIsoDate,
): AssessmentComparison {
  const earlier = evaluate(before, dates, validate, pack, formatDate)
  const later = evaluate(after, dates, validate, pack, formatDate)
  const comparison = compareRuns(earlier.snapshot, later.snapshot)
  const isOutOfOrder = savedMs(before) > savedMs(after)
  const notes = [
    ...pairWarnings(earlier, later),
    ...comparison.notes,
    ...(isOutOfOrder ? [`The earlier run ("${before.name}") was saved after the later one ("${after.name}"): swap them to see the change in the order it happened.`] : []),
  ]
  return { before: earlier.label, after: later.label, comparison: { ...comparison, notes } }
}
