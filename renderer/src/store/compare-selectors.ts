/**
 * The compare workspace's derived state: the comparison of the two loaded runs on the chosen
 * date. Memoized on exactly what it depends on, so other changes to the store (typing in the walk,
 * the header's date while each run uses its own) neither recompute it nor re-render its view.
 */
import { userDateFormatter } from '../components/locale-date'
import type { Assessment } from '~shared/assessments/assessment'
import type { IsoDate } from '~shared/dates/iso-date'
import type { RulePack } from '~shared/rules/pack/types'
import { compareAssessments, type AssessmentComparison, type CompareDates } from '~shared/report/compare-assessments'
import type { CompareDateMode } from './compare-slice'
import { currentChecks, type DetailsChecks } from './checks'
import { memoLast } from './memo-last'
import type { WizardState } from './types'

/** The comparison, or why it could not be made. */
export type ComparisonOutcome = { readonly ok: true; readonly value: AssessmentComparison } | { readonly ok: false; readonly message: string }

const compare = memoLast((before: Assessment, after: Assessment, mode: CompareDateMode, asOf: IsoDate | undefined, checks: DetailsChecks, pack: RulePack): ComparisonOutcome | undefined => {
  const dates: CompareDates | undefined = mode === 'own' ? { mode } : asOf === undefined ? undefined : { mode, asOf }
  if (dates === undefined) {
    return undefined
  }
  try {
    return { ok: true, value: compareAssessments(before, after, dates, checks.validateDetails, pack, userDateFormatter()) }
  } catch (error) {
    // A rule that throws is already an unknown finding; this is for a run the rules cannot read at all.
    return { ok: false, message: `The runs could not be compared: ${error instanceof Error ? error.message : String(error)}` }
  }
})

/** The date both runs are evaluated on in the common mode: the workspace's own, else the header's. */
export function selectCompareAsOf(state: WizardState): IsoDate | undefined {
  return state.compareAsOf ?? state.asOf
}

/**
 * The comparison of the two chosen runs; undefined until both are loaded (and the date is known).
 * (The compare slice loads the install-details checks before it marks a run loaded.)
 */
export function selectComparison(state: WizardState): ComparisonOutcome | undefined {
  const { before, after } = state.comparedRuns
  const checks = currentChecks()
  if (before.status !== 'loaded' || after.status !== 'loaded' || checks === undefined) {
    return undefined
  }
  const mode = state.compareDateMode
  return compare(before.assessment, after.assessment, mode, mode === 'own' ? undefined : selectCompareAsOf(state), checks, state.rulePack)
}
