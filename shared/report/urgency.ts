/**
 * Ordering servers by urgency: verdict (critical first), then how many checks fail, then the
 * earliest deadline still ahead, then name.
 */
import type { IsoDate } from '../dates/iso-date'
import type { Verdict } from '../rules/types'

/** Verdicts from most to least urgent. */
export const VERDICTS_BY_URGENCY: readonly Verdict[] = ['critical', 'action-required', 'incomplete', 'ok']

/** What the ordering looks at. */
export interface UrgencyFacts {
  readonly verdict: Verdict
  readonly failCount: number
  /** The earliest deadline the server still has to meet; undefined when none is ahead. */
  readonly nextDeadline?: IsoDate
  /** The name shown; the last tie-breaker, so the order is always the same. */
  readonly title: string
}

/** Compares two servers: negative when `a` is more urgent. */
export function compareUrgency(a: UrgencyFacts, b: UrgencyFacts): number {
  const byVerdict = VERDICTS_BY_URGENCY.indexOf(a.verdict) - VERDICTS_BY_URGENCY.indexOf(b.verdict)
  if (byVerdict !== 0) {
    return byVerdict
  }
  if (a.failCount !== b.failCount) {
    return b.failCount - a.failCount
  }
  const deadlineA = a.nextDeadline ?? '9999-12-31'
  const deadlineB = b.nextDeadline ?? '9999-12-31'
  return deadlineA.localeCompare(deadlineB) || a.title.localeCompare(b.title)
}

/** A copy of `servers`, most urgent first. */
export function sortByUrgency<T extends UrgencyFacts>(servers: readonly T[]): T[] {
  return [...servers].sort(compareUrgency)
}

/**
 * How many findings of `server` have `status`, the advisory Cloud Sync evaluation left out (it is
 * outside the verdict: "stay on Connect Sync for now" is not a failure of the server).
 */
export function countStatus(findings: readonly { readonly step: string; readonly status: string }[], status: 'fail' | 'warn'): number {
  return findings.filter((finding) => finding.status === status && finding.step !== 'cloudsync').length
}
