/**
 * Derived state: the report (evaluated here, in the renderer, by the same function main uses) and
 * everything computed from it. Nothing here is stored; each value is memoized on its inputs so
 * components subscribing to it re-render only when it really changes.
 */
import { assessServer } from '~shared/assess'
import type { DateFormatter } from '~shared/dates/iso-date'
import { STATUSES_BY_URGENCY, type Finding, type Report, type RuleStep, type Status, type Verdict } from '~shared/rules/types'
import type { InstallDetails } from '~shared/types/install-details'
import { userDateFormatter } from '../components/locale-date'
import { isRuleStep, type WizardStep } from './steps'
import type { WizardState } from './types'

/** What the step list shows beside a step. */
export type StepState = Status | Verdict | 'not-started' | 'entered' | 'input-error' | 'no-checks'

/** Counts of findings per status. */
export type StatusCounts = Readonly<Record<Status, number>>

interface ReportInputs {
  readonly details: WizardState['details']
  readonly asOf: string
  readonly provenance: WizardState['provenance']
  readonly rulePack: WizardState['rulePack']
  readonly formatDate: DateFormatter
}

let lastReport: { readonly inputs: ReportInputs; readonly report: Report } | undefined

/** The report for the current document and as-of date; undefined until the as-of date is known. */
export function selectReport(state: WizardState): Report | undefined {
  const { details, asOf, provenance, rulePack } = state
  if (asOf === undefined) {
    return undefined
  }
  // Messages on screen write dates in the user's locale; statuses do not depend on it.
  const formatDate = userDateFormatter()
  const last = lastReport?.inputs
  if (
    last !== undefined &&
    last.details === details &&
    last.asOf === asOf &&
    last.provenance === provenance &&
    last.rulePack === rulePack &&
    last.formatDate === formatDate
  ) {
    return lastReport?.report
  }
  const report = assessServer(details, asOf, rulePack, provenance, formatDate)
  lastReport = { inputs: { details, asOf, provenance, rulePack, formatDate }, report }
  return report
}

function memoizeOnReport<T>(derive: (report: Report) => T): (report: Report) => T {
  const cache = new WeakMap<Report, T>()
  return (report) => {
    const cached = cache.get(report)
    if (cached !== undefined) {
      return cached
    }
    const value = derive(report)
    cache.set(report, value)
    return value
  }
}

const EMPTY_FINDINGS: readonly Finding[] = []

function byUrgency(a: Finding, b: Finding): number {
  return STATUSES_BY_URGENCY.indexOf(a.status) - STATUSES_BY_URGENCY.indexOf(b.status)
}

const groupByStep = memoizeOnReport((report) => {
  const groups = new Map<RuleStep, Finding[]>()
  for (const finding of report.findings) {
    const group = groups.get(finding.step) ?? []
    group.push(finding)
    groups.set(finding.step, group)
  }
  for (const group of groups.values()) {
    group.sort(byUrgency)
  }
  return groups as ReadonlyMap<RuleStep, readonly Finding[]>
})

/**
 * The findings of one step, most urgent first and otherwise in registry order (the sort is
 * stable); empty when the step has no rules yet.
 */
export function selectStepFindings(state: WizardState, step: RuleStep): readonly Finding[] {
  const report = selectReport(state)
  return report === undefined ? EMPTY_FINDINGS : (groupByStep(report).get(step) ?? EMPTY_FINDINGS)
}

/** The most urgent status among `findings` (fail, warn, unknown, info, pass, not applicable). */
export function worstStatus(findings: readonly Finding[]): Status | undefined {
  return STATUSES_BY_URGENCY.find((status) => findings.some((finding) => finding.status === status))
}

/** True when any fact in the document is known (beyond its kind and schema version). */
export function hasAnyFact(details: InstallDetails): boolean {
  const isKnown = (value: unknown): boolean =>
    value !== null && value !== undefined && (typeof value !== 'object' || Object.values(value).some(isKnown))
  return Object.entries(details).some(([key, value]) => key !== 'kind' && key !== 'schemaVersion' && isKnown(value))
}

/** The state a step shows in the step list: its worst finding status, or what stands instead. */
export function selectStepState(state: WizardState, step: WizardStep): StepState {
  if (step === 'details') {
    if (Object.keys(state.inputErrors).length > 0) {
      return 'input-error'
    }
    return hasAnyFact(state.details) ? 'entered' : 'not-started'
  }
  if (isRuleStep(step)) {
    return worstStatus(selectStepFindings(state, step)) ?? 'no-checks'
  }
  return selectVerdict(state) ?? 'not-started'
}

/** The server's verdict, or undefined before the first report. */
export function selectVerdict(state: WizardState): Verdict | undefined {
  return selectReport(state)?.verdict
}

const countStatuses = memoizeOnReport((report): StatusCounts => {
  const counts: Record<Status, number> = { fail: 0, warn: 0, unknown: 0, info: 0, pass: 0, 'not-applicable': 0 }
  for (const finding of report.findings) {
    counts[finding.status] += 1
  }
  return counts
})

/** How many findings have each status. */
export function selectStatusCounts(state: WizardState): StatusCounts | undefined {
  const report = selectReport(state)
  return report === undefined ? undefined : countStatuses(report)
}

const needingAttention = memoizeOnReport((report) =>
  report.findings.filter((finding) => finding.status === 'fail' || finding.status === 'warn').sort(byUrgency),
)

/** Every failing, then every warning finding, across all steps. */
export function selectAttentionFindings(state: WizardState): readonly Finding[] {
  const report = selectReport(state)
  return report === undefined ? EMPTY_FINDINGS : needingAttention(report)
}
