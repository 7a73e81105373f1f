/**
 * The executive summary of one server: its verdict in one sentence, and the three most important
 * actions.
 *
 * "Most important" is decided the same way every time: failing before warning, version and
 * prerequisites before the other steps, the earlier deadline first, then the rules' own order.
 */
import type { DateFormatter, IsoDate } from '../dates/iso-date'
import type { TimelineEntry } from '../rules/timeline'
import type { Finding, RuleStep, Verdict } from '../rules/types'
import { firstConfirmed, type DeadlineItem } from '../timeline/deadline-view'
import { plural } from './report-text'

/** How many actions the summary lists. */
export const MAX_ACTIONS = 3

/** One action of the summary. */
export interface ReportAction {
  readonly ruleId: string
  readonly step: RuleStep
  readonly status: 'fail' | 'warn'
  readonly title: string
  /** The first fix step, or the finding's message when the rule gives no fix. */
  readonly fix: string
  /** The deadline behind the finding, when it has one. */
  readonly deadline?: IsoDate
}

/** The timeline entries (`buildTimeline` ids) each dated rule stands for. */
const RULE_DEADLINES: Readonly<Record<string, readonly string[]>> = {
  'version/v1-retired': ['v1-retired', 'v1-stopped'],
  'version/hardening-2025': ['federation-setup', 'wizard-sign-in'],
  'version/sync-stop-2026': ['sync-stop-2026'],
  'version/app-auth-2027': ['app-auth-2027'],
  'version/end-of-support': ['end-of-support'],
}

const FIRST_STEPS: readonly RuleStep[] = ['version', 'prerequisites']

function deadlineOf(ruleId: string, timeline: readonly TimelineEntry[]): IsoDate | undefined {
  const ids = RULE_DEADLINES[ruleId] ?? []
  return timeline
    .filter((entry) => ids.includes(entry.id) && (entry.state === 'passed' || entry.state === 'upcoming'))
    .map((entry) => entry.date)
    .sort()[0]
}

/**
 * The most important actions: failing and warning findings outside the advisory Cloud Sync step,
 * ordered as the module comment says, at most `MAX_ACTIONS`.
 */
export function topActions(findings: readonly Finding[], timeline: readonly TimelineEntry[]): ReportAction[] {
  const candidates = findings.flatMap((finding, order) => {
    const { status } = finding
    if (finding.step === 'cloudsync' || (status !== 'fail' && status !== 'warn')) {
      return []
    }
    const deadline = deadlineOf(finding.ruleId, timeline)
    const action: ReportAction = {
      ruleId: finding.ruleId,
      step: finding.step,
      status,
      title: finding.title,
      fix: finding.remediation[0]?.text ?? finding.message,
      ...(deadline === undefined ? {} : { deadline }),
    }
    return [{ action, order }]
  })
  const rank = (action: ReportAction) => [action.status === 'fail' ? 0 : 1, FIRST_STEPS.includes(action.step) ? 0 : 1] as const
  return candidates
    .sort((a, b) => {
      const [statusA, stepA] = rank(a.action)
      const [statusB, stepB] = rank(b.action)
      const deadlineA = a.action.deadline ?? '9999-12-31'
      const deadlineB = b.action.deadline ?? '9999-12-31'
      return statusA - statusB || stepA - stepB || deadlineA.localeCompare(deadlineB) || a.order - b.order
    })
    .slice(0, MAX_ACTIONS)
    .map((candidate) => candidate.action)
}

function deadlineClause(item: DeadlineItem | undefined): string {
  if (item === undefined) {
    return ''
  }
  if (item.state === 'passed') {
    return item.isUnconfirmed ? `, and "${item.label}" probably applies since ${item.dateText} (a date Microsoft has not confirmed)` : `, and "${item.label}" has applied since ${item.dateText}`
  }
  return `; next deadline: "${item.label}" on ${item.dateText} (${item.standing})`
}

/**
 * The verdict in one sentence, naming the deadline that matters most: for a critical server the
 * latest one it has already missed (else the next one ahead), for the others the next one ahead.
 */
export function verdictSentence(
  title: string,
  verdict: Verdict,
  findings: readonly Finding[],
  deadlines: readonly DeadlineItem[],
  asOf: IsoDate,
  formatDate: DateFormatter,
): string {
  const counted = (predicate: (finding: Finding) => boolean) => findings.filter(predicate).length
  const next = deadlines.filter((item) => item.state === 'upcoming').sort((a, b) => a.daysFromAsOf - b.daysFromAsOf)[0]
  // The latest missed date, a confirmed one before one the sources do not confirm.
  const missed = firstConfirmed(deadlines.filter((item) => item.state === 'passed').reverse())
  switch (verdict) {
    case 'critical': {
      const blocking = counted((finding) => finding.status === 'fail' && FIRST_STEPS.includes(finding.step))
      return `${title} is critical: ${plural(blocking, 'version or prerequisite check')} ${blocking === 1 ? 'fails' : 'fail'}${deadlineClause(missed ?? next)}.`
    }
    case 'action-required': {
      const open = counted((finding) => finding.step !== 'cloudsync' && (finding.status === 'fail' || finding.status === 'warn'))
      return `${title} needs action: nothing blocks the upgrade, but ${plural(open, 'check')} ${open === 1 ? 'fails or warns' : 'fail or warn'}${deadlineClause(next)}.`
    }
    case 'incomplete':
      return `${title} is incomplete: the installed Connect version is not known, so its deadlines cannot be judged.`
    case 'ok':
      return `${title} is ok: every check passes or does not apply as of ${formatDate(asOf)}${deadlineClause(next)}.`
  }
}
