/**
 * The server's headline (its most urgent problem, date, consequence and fix) for the walk.
 */
import { userDateFormatter } from '../components/locale-date'
import { buildServerHeadline, type ServerHeadline } from '~shared/headline/server-headline'
import type { RulePack } from '~shared/rules/pack/types'
import { buildTimeline } from '~shared/rules/timeline'
import type { Report } from '~shared/rules/types'
import type { InstallDetails } from '~shared/types/install-details'
import { memoLast } from './memo-last'
import { hasAnyFact, selectReport } from './selectors'
import type { WizardState } from './types'

const headline = memoLast((report: Report, details: InstallDetails, pack: RulePack): ServerHeadline =>
  buildServerHeadline({ report, timeline: buildTimeline(details, report.asOf, pack), pack, serverName: details.server?.name ?? undefined, formatDate: userDateFormatter() }),
)

/** The headline; undefined before any fact is entered or while the as-of date is not known. */
export function selectServerHeadline(state: WizardState): ServerHeadline | undefined {
  const report = selectReport(state)
  return report === undefined || !hasAnyFact(state.details) ? undefined : headline(report, state.details, state.rulePack)
}
