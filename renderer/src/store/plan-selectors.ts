/**
 * Derived state for the Cloud Sync and summary steps: the questions with their answers, the
 * side-by-side for this server, the action plan and the checklist's progress.
 */
import { summarizeFit, type FitSummary } from '~shared/cloudsync/fit-summary'
import { answerQuestions, type AnsweredQuestion } from '~shared/cloudsync/questions'
import { compareForServer, type ServerComparison } from '~shared/cloudsync/server-comparison'
import { buildActionPlan, type ActionPlan } from '~shared/plan/action-plan'
import type { Provenance } from '~shared/rules/evaluate'
import type { ConflictView } from '~shared/intake/derive'
import type { CloudSyncMatrix } from '~shared/rules/pack/cloud-sync-matrix'
import type { RulePack } from '~shared/rules/pack/types'
import type { Finding, Report } from '~shared/rules/types'
import type { StagingPathKind } from '~shared/staging/staging-path'
import type { DeadlineView } from '~shared/timeline/deadline-view'
import type { InstallDetails } from '~shared/types/install-details'
import { selectDeadlineView, selectFinding, selectStagingPath } from './guide-selectors'
import { memoLast } from './memo-last'
import { selectReport } from './selectors'
import type { WizardState } from './types'

const answers = memoLast((details: InstallDetails, provenance: Provenance, pack: RulePack, conflicts: readonly ConflictView[]): readonly AnsweredQuestion[] =>
  answerQuestions(details, pack, (path) => provenance.fields?.[path] ?? provenance.default, conflicts),
)

/** The Cloud Sync questions, each with its answer (as the fit reads it), where that came from and who says otherwise. */
export function selectCloudSyncAnswers(state: WizardState): readonly AnsweredQuestion[] {
  return answers(state.details, state.provenance, state.rulePack, state.conflicts)
}

const comparison = memoLast((details: InstallDetails, matrix: CloudSyncMatrix): ServerComparison => compareForServer(details, matrix))

/** Connect Sync beside Cloud Sync, for the capabilities this server uses. */
export function selectServerComparison(state: WizardState): ServerComparison {
  return comparison(state.details, state.rulePack.cloudSync)
}

const plan = memoLast((report: Report, deadlines: DeadlineView, stagingKind: StagingPathKind, serverName: string | undefined): ActionPlan =>
  buildActionPlan({ report, deadlines, stagingKind, serverName }),
)

/** The ordered action plan; undefined until the as-of date is known. */
export function selectActionPlan(state: WizardState): ActionPlan | undefined {
  const report = selectReport(state)
  const deadlines = selectDeadlineView(state)
  const staging = selectStagingPath(state)
  if (report === undefined || deadlines === undefined || staging === undefined) {
    return undefined
  }
  return plan(report, deadlines, staging.kind, state.details.server?.name ?? undefined)
}

const progress = memoLast((items: ActionPlan['items'], ticks: WizardState['ticks']) => ({
  done: items.filter((item) => ticks[item.id] === true).length,
  total: items.length,
}))

const NO_ITEMS: ActionPlan['items'] = []

/** How many checklist items are ticked, of how many. */
export function selectChecklistProgress(state: WizardState): { readonly done: number; readonly total: number } {
  return progress(selectActionPlan(state)?.items ?? NO_ITEMS, state.ticks)
}

const fitSummary = memoLast((finding: Finding | undefined): FitSummary | undefined => (finding === undefined ? undefined : summarizeFit(finding)))

/** The Cloud Sync fit in words; undefined before the first report. */
export function selectFitSummary(state: WizardState): FitSummary | undefined {
  return fitSummary(selectFinding(state, 'cloudsync/fit'))
}
