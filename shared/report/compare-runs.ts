/**
 * Comparing two runs of the same server (a saved assessment then, the same server now): which
 * findings were fixed, which newly fail, which changed otherwise and which stayed the same.
 */
import type { IsoDate } from '../dates/iso-date'
import type { Finding, Status, Verdict } from '../rules/types'

/** One run, as much of it as the comparison needs. */
export interface RunSnapshot {
  readonly name: string | null
  readonly asOf: IsoDate
  readonly rulePack: { readonly version: string }
  readonly verdict: Verdict
  readonly findings: readonly Pick<Finding, 'ruleId' | 'title' | 'status' | 'message'>[]
}

/**
 * `fixed`: was fail or warn, now pass, not-applicable or info. `newly-failing`: now fail or warn,
 * and was not (or the rule is new), or worse than before (warn → fail: a warning became a
 * blocker). `changed`: any other change of status (fail → warn, → unknown, a rule retired).
 * `unchanged`: the same status.
 */
export type RuleChange = 'fixed' | 'newly-failing' | 'changed' | 'unchanged'

/** One rule's change; a status is null when the rule is missing from that run. */
export interface RuleComparison {
  readonly ruleId: string
  readonly title: string
  readonly change: RuleChange
  readonly before: Status | null
  readonly after: Status | null
  readonly messageBefore?: string
  readonly messageAfter?: string
}

/** The comparison: per rule (in the later run's order, retired rules last), counts, and notes. */
export interface RunComparison {
  readonly verdictBefore: Verdict
  readonly verdictAfter: Verdict
  readonly rules: readonly RuleComparison[]
  readonly counts: Readonly<Record<RuleChange, number>>
  /** What makes the runs less comparable: other dates, other server names, other rule packs. */
  readonly notes: readonly string[]
}

const FAILING: readonly (Status | null)[] = ['fail', 'warn']
const FINE: readonly (Status | null)[] = ['pass', 'not-applicable', 'info']

/** How one rule moved between two statuses. */
export function classifyChange(before: Status | null, after: Status | null): RuleChange {
  if (FAILING.includes(before) && FINE.includes(after)) {
    return 'fixed'
  }
  if ((FAILING.includes(after) && !FAILING.includes(before)) || (before === 'warn' && after === 'fail')) {
    return 'newly-failing'
  }
  return before === after ? 'unchanged' : 'changed'
}

/** Compares `before` with `after`, rule by rule. */
export function compareRuns(before: RunSnapshot, after: RunSnapshot): RunComparison {
  const earlier = new Map(before.findings.map((finding) => [finding.ruleId, finding]))
  const later = new Map(after.findings.map((finding) => [finding.ruleId, finding]))
  const ruleIds = [...later.keys(), ...[...earlier.keys()].filter((id) => !later.has(id))]
  const rules = ruleIds.map((ruleId): RuleComparison => {
    const then = earlier.get(ruleId)
    const now = later.get(ruleId)
    return {
      ruleId,
      title: (now ?? then)?.title ?? ruleId,
      change: classifyChange(then?.status ?? null, now?.status ?? null),
      before: then?.status ?? null,
      after: now?.status ?? null,
      ...(then === undefined ? {} : { messageBefore: then.message }),
      ...(now === undefined ? {} : { messageAfter: now.message }),
    }
  })
  const counts = { fixed: 0, 'newly-failing': 0, changed: 0, unchanged: 0 }
  rules.forEach((rule) => (counts[rule.change] += 1))
  const notes = [
    ...(before.asOf !== after.asOf ? [`The runs are as of different dates (${before.asOf} then ${after.asOf}): a deadline that passed in between changes findings too.`] : []),
    ...(before.name !== after.name ? [`The runs name different servers (${before.name ?? 'unknown'} then ${after.name ?? 'unknown'}).`] : []),
    ...(before.rulePack.version !== after.rulePack.version
      ? [`The rule pack changed (${before.rulePack.version} then ${after.rulePack.version}): some changes come from newer facts, not from the server.`]
      : []),
  ]
  return { verdictBefore: before.verdict, verdictAfter: after.verdict, rules, counts, notes }
}
