/**
 * The report model every format renders: servers by urgency, each with its executive summary,
 * findings by step and raw facts, plus the fleet's staging pairs and the inputs that failed.
 *
 * Pure, from the same rules and data as the wizard (`assessServer` results, `buildTimeline`).
 */
import type { RulePackRef } from '../rules/pack/pack-summary'
import { formatIsoDate, type IsoDate } from '../dates/iso-date'
import { flattenDocument } from '../intake/dotted-path'
import type { Conflict } from '../import/merge-inputs'
import { BUILT_IN_PACK } from '../rules/pack/built-in'
import type { RulePack } from '../rules/pack/types'
import { buildTimeline, type TimelineEntry } from '../rules/timeline'
import { STATUSES_BY_URGENCY, type Finding, type RuleStep, type Verdict } from '../rules/types'
import { buildDeadlineView, nextDeadline, type DeadlineView } from '../timeline/deadline-view'
import type { FleetInput, ServerInput, SourceError } from './fleet-input'
import { summarizeCustomizations, type RouteSummary } from './customizations-summary'
import { reportChecklist, type ReportChecklistItem } from './report-checklist'
import { RULE_STEP_TITLES, RULE_STEPS } from './report-text'
import { topActions, verdictSentence, type ReportAction } from './server-summary'
import { pairStagingServers, type PairCandidate, type StagingPairing } from './staging-pairs'
import { countStatus, sortByUrgency } from './urgency'

/** One raw fact: its document path, its value, and where it came from. */
export interface ReportFact {
  readonly path: string
  readonly value: unknown
  readonly from: string
}

/** One step's findings, most urgent first. */
export interface StepFindings {
  readonly step: RuleStep
  readonly title: string
  readonly findings: readonly Finding[]
}

/** One server's part of the report. */
export interface ServerSection {
  /** `server-1`, `server-2`, … in report order: an anchor for links within the report. */
  readonly anchor: string
  /** The name, or the source when the name is unknown. */
  readonly title: string
  readonly name: string | null
  readonly source: string
  readonly verdict: Verdict
  readonly failCount: number
  readonly warnCount: number
  readonly nextDeadline?: IsoDate
  readonly timeline: readonly TimelineEntry[]
  readonly deadlines: DeadlineView
  readonly sentence: string
  readonly actions: readonly ReportAction[]
  readonly steps: readonly StepFindings[]
  /** The upgrade checklist (the action plan's items) with the user's ticks. */
  readonly checklist: readonly ReportChecklistItem[]
  readonly facts: readonly ReportFact[]
  readonly conflicts: readonly Conflict[]
  /** "Your customizations": per route, what it keeps and loses (absent when no finding names a route). */
  readonly customizations?: readonly RouteSummary[]
}

/** The whole report. */
export interface FleetReport {
  readonly asOf: IsoDate
  readonly rulePack: RulePackRef
  readonly isRedacted: boolean
  readonly servers: readonly ServerSection[]
  readonly errors: readonly SourceError[]
  readonly staging: StagingPairing
}

function urgencyOf(finding: Finding): number {
  return STATUSES_BY_URGENCY.indexOf(finding.status)
}

function rawFacts(server: ServerInput): ReportFact[] {
  return flattenDocument(server.details).map((fact) => ({ path: fact.path, value: fact.value, from: server.provenance?.[fact.path] ?? server.source }))
}

function buildSection(server: ServerInput, asOf: IsoDate, pack: RulePack, rulePack: RulePackRef): Omit<ServerSection, 'anchor'> {
  const title = server.name ?? server.source
  const timeline = buildTimeline(server.details, asOf, pack)
  const deadlines = buildDeadlineView(timeline, asOf, typeof server.details.connect?.version === 'string', formatIsoDate)
  const next = nextDeadline(deadlines.items)
  const steps = RULE_STEPS.map((step) => ({
    step,
    title: RULE_STEP_TITLES[step],
    findings: server.findings.filter((finding) => finding.step === step).sort((a, b) => urgencyOf(a) - urgencyOf(b)),
  })).filter((step) => step.findings.length > 0)
  return {
    title,
    name: server.name,
    source: server.source,
    verdict: server.verdict,
    failCount: countStatus(server.findings, 'fail'),
    warnCount: countStatus(server.findings, 'warn'),
    ...(next === undefined ? {} : { nextDeadline: next.date }),
    timeline,
    deadlines,
    sentence: verdictSentence(title, server.verdict, server.findings, deadlines.items, asOf, formatIsoDate),
    actions: topActions(server.findings, timeline),
    steps,
    checklist: reportChecklist(server, { asOf, rulePack, verdict: server.verdict, findings: server.findings }, deadlines, pack),
    facts: rawFacts(server),
    conflicts: server.conflicts ?? [],
    ...customizationsOf(server.findings),
  }
}

function customizationsOf(findings: readonly Finding[]): { readonly customizations?: readonly RouteSummary[] } {
  const summary = summarizeCustomizations(findings)
  return summary === undefined ? {} : { customizations: summary }
}

/** The servers as the staging pairing sees them (keyed by source). */
export function pairCandidates(servers: readonly ServerInput[]): PairCandidate[] {
  return servers.map((server) => ({
    key: server.source,
    name: server.name,
    stagingModeEnabled: server.details.connect?.stagingModeEnabled ?? null,
    tenant: server.details.connect?.tenant ?? null,
    ...(server.customer === undefined ? {} : { customer: server.customer }),
    ...(server.pairWith === undefined ? {} : { pairWith: server.pairWith }),
  }))
}

/** Builds the report of a run: servers sorted by urgency, staging pairs across the fleet. */
export function buildFleetReport(input: FleetInput, pack: RulePack = BUILT_IN_PACK): FleetReport {
  const sections = sortByUrgency(input.servers.map((server) => buildSection(server, input.asOf, pack, input.rulePack)))
  const staging = pairStagingServers(pairCandidates(input.servers))
  return {
    asOf: input.asOf,
    rulePack: input.rulePack,
    isRedacted: input.isRedacted === true,
    servers: sections.map((section, index) => ({ anchor: `server-${index + 1}`, ...section })),
    errors: input.errors,
    staging,
  }
}
