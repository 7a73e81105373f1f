/**
 * The server's headline (its most urgent problem, date, consequence and fix) for the walk.
 */
import { buildServerHeadline, type ServerHeadline } from '../../../shared/headline/server-headline'
import { RULE_PACK } from '../../../shared/rules/pack/data'
import { buildTimeline } from '../../../shared/rules/timeline'
import type { Report } from '../../../shared/rules/types'
import type { InstallDetails } from '../../../shared/types/install-details'
import { memoLast } from './memo-last'
import { hasAnyFact, selectReport } from './selectors'
import type { WizardState } from './types'

const headline = memoLast((report: Report, details: InstallDetails): ServerHeadline =>
  buildServerHeadline({ report, timeline: buildTimeline(details, report.asOf, RULE_PACK), pack: RULE_PACK, serverName: details.server?.name ?? undefined }),
)

/** The headline; undefined before any fact is entered or while the as-of date is not known. */
export function selectServerHeadline(state: WizardState): ServerHeadline | undefined {
  const report = selectReport(state)
  return report === undefined || !hasAnyFact(state.details) ? undefined : headline(report, state.details)
}
