/**
 * Derived state for the version, auto-upgrade and staging steps: the deadlines in words, the
 * recommended target, the auto-upgrade outlook and the staging path with its script.
 */
import { userDateFormatter } from '../components/locale-date'
import type { DateFormatter } from '~shared/dates/iso-date'
import { buildAutoUpgradeOutlook, type AutoUpgradeOutlook } from '~shared/autoupgrade/auto-upgrade-outlook'
import { dataList, dataString, findFinding } from '~shared/findings/find-finding'
import type { RulePack } from '~shared/rules/pack/types'
import { buildTimeline } from '~shared/rules/timeline'
import type { Confidence, Finding, Report } from '~shared/rules/types'
import { stagingPath, type StagingPath } from '~shared/staging/staging-path'
import { buildWorkaroundScript, type WorkaroundScript } from '~shared/staging/workaround-script'
import { buildDeadlineView, type DeadlineView } from '~shared/timeline/deadline-view'
import type { InstallDetails } from '~shared/types/install-details'
import { memoLast } from './memo-last'
import { selectReport } from './selectors'
import type { WizardState } from './types'

/** The recommended target, as the version step presents it. */
export interface TargetAdvice {
  readonly target: string
  readonly atLeast: string
  readonly path: 'swing' | 'in-place'
  readonly isCurrent: boolean
  readonly isStagingFirst: boolean
  readonly message: string
  /** Each reason for the path (swing, or staging first), as a sentence fragment. */
  readonly reasons: readonly string[]
  readonly confidence: Confidence
  readonly caveat: string | undefined
}

/** One rule's finding in the current report. */
export function selectFinding(state: WizardState, ruleId: string): Finding | undefined {
  return findFinding(selectReport(state), ruleId)
}

const deadlineView = memoLast((details: InstallDetails, asOf: string, pack: RulePack, formatDate: DateFormatter): DeadlineView =>
  buildDeadlineView(buildTimeline(details, asOf, pack), asOf, (details.connect?.version ?? undefined) !== undefined, formatDate),
)

/** The server's deadlines in words; undefined until the as-of date is known. */
export function selectDeadlineView(state: WizardState): DeadlineView | undefined {
  return state.asOf === undefined ? undefined : deadlineView(state.details, state.asOf, state.rulePack, userDateFormatter())
}

const targetAdvice = memoLast((finding: Finding | undefined): TargetAdvice | undefined => {
  const target = dataString(finding, 'target')
  const atLeast = dataString(finding, 'atLeast')
  if (finding === undefined || target === undefined || atLeast === undefined) {
    return undefined
  }
  // The rule joins its reasons with '; ' (none of the reason texts contains one).
  const reasonText = dataString(finding, 'reasonText') ?? ''
  return {
    target,
    atLeast,
    path: dataString(finding, 'path') === 'swing' ? 'swing' : 'in-place',
    isCurrent: finding.messageId === 'current',
    isStagingFirst: finding.data.isStagingFirst === true,
    message: finding.message,
    reasons: reasonText === '' ? [] : reasonText.split('; '),
    confidence: finding.confidence,
    caveat: finding.caveat,
  }
})

/** The recommended target build and path; undefined while the version is unknown. */
export function selectTargetAdvice(state: WizardState): TargetAdvice | undefined {
  return targetAdvice(selectFinding(state, 'version/recommended-target'))
}

const outlook = memoLast((report: Report, details: InstallDetails, pack: RulePack): AutoUpgradeOutlook => {
  const eligibility = findFinding(report, 'autoupgrade/eligibility')
  const target = findFinding(report, 'version/recommended-target')
  return buildAutoUpgradeOutlook(
    {
      version: details.connect?.version ?? undefined,
      state: details.connect?.autoUpgrade?.state ?? undefined,
      suspensionReason: details.connect?.autoUpgrade?.suspensionReason ?? undefined,
      blockingCodes: dataList(eligibility, 'codes'),
      isEligibilityKnown: eligibility?.status === 'pass' || eligibility?.status === 'fail',
      atLeast: dataString(target, 'atLeast'),
      target: dataString(target, 'target'),
    },
    pack,
    userDateFormatter(),
  )
})

/** What automatic upgrade will and will not do for this server. */
export function selectAutoUpgradeOutlook(state: WizardState): AutoUpgradeOutlook | undefined {
  const report = selectReport(state)
  return report === undefined ? undefined : outlook(report, state.details, state.rulePack)
}

const path = memoLast((report: Report, details: InstallDetails, pack: RulePack): StagingPath =>
  stagingPath(
    details.connect?.version ?? undefined,
    findFinding(report, 'staging/msonline-workaround')?.status,
    details.powershell?.edition ?? undefined,
    report.asOf,
    pack,
    userDateFormatter(),
  ),
)

/** How this server enters staging mode for the upgrade. */
export function selectStagingPath(state: WizardState): StagingPath | undefined {
  const report = selectReport(state)
  return report === undefined ? undefined : path(report, state.details, state.rulePack)
}

const script = memoLast((serverName: string | undefined, version: string | undefined, asOf: string): WorkaroundScript =>
  buildWorkaroundScript({ serverName, version, generatedOn: asOf }),
)

/** The staging workaround script, when the workaround applies to this server. */
export function selectWorkaroundScript(state: WizardState): WorkaroundScript | undefined {
  if (selectStagingPath(state)?.kind !== 'workaround' || state.asOf === undefined) {
    return undefined
  }
  return script(state.details.server?.name ?? undefined, state.details.connect?.version ?? undefined, state.asOf)
}
