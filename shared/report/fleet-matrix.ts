/**
 * The fleet view's model: one row per server (most urgent first, as `buildFleetReport` orders
 * them) with the worst status of each wizard step, the verdict, the counts, the next deadline and
 * a row of the deadline heat map; the staging pairs; and the fleet's totals.
 *
 * Pure and lean: it builds only what the view shows (no raw facts, no summaries), so a thousand
 * saved assessments stay quick to recompute when the as-of date changes.
 */
import type { DateFormatter, IsoDate } from '../dates/iso-date'
import { BUILT_IN_PACK } from '../rules/pack/built-in'
import type { RulePack } from '../rules/pack/types'
import { buildTimeline } from '../rules/timeline'
import { STATUSES_BY_URGENCY, type RuleStep, type Status, type Verdict } from '../rules/types'
import { brokenDeadlines, buildDeadlineView, firstConfirmed, nextDeadline } from '../timeline/deadline-view'

/** The deadlines after which nothing synchronizes: named before any other broken one. */
const STOP_IDS: ReadonlySet<string> = new Set(['v1-stopped', 'sync-stop-2026', 'app-auth-2027'])
import { deadlineColumns, heatRow, type DeadlineColumn, type HeatCell } from './fleet-heat-map'
import type { ServerInput } from './fleet-input'
import { RULE_STEPS } from './report-text'
import { pairStagingServers, type StagingPairing } from './staging-pairs'
import { countStatus, sortByUrgency } from './urgency'

/** A server of the fleet, with the key the view knows it by (a saved assessment's id). */
export interface KeyedServer {
  readonly key: string
  readonly server: ServerInput
  /** Older saved runs of the same server that this row stands for (`latestRunPerServer`). */
  readonly earlierRuns?: number
}

/** The next deadline a server still has to meet. */
export interface RowDeadline {
  readonly date: IsoDate
  readonly dateText: string
  readonly label: string
  readonly daysFromAsOf: number
  readonly isUnconfirmed: boolean
}

/** One server's row. */
export interface FleetRow {
  readonly key: string
  /** The server's name, or the assessment's when the name is unknown (as the report titles it). */
  readonly title: string
  readonly name: string | null
  /** The saved assessment's name. */
  readonly source: string
  /** The customer; empty when none was given. */
  readonly customer: string
  /** The fully qualified host name (`server.fqdn`), when known: it tells apart servers of one short name. */
  readonly fqdn?: string
  readonly version: string | null
  readonly verdict: Verdict
  readonly failCount: number
  readonly warnCount: number
  /** The most urgent status among each step's findings; null when the step has none. */
  readonly steps: Readonly<Record<RuleStep, Status | null>>
  readonly nextDeadline?: RowDeadline
  /** The earliest deadline already broken (a stop of sync before any other), shown instead of the next one. */
  readonly brokenSince?: RowDeadline
  /** The heat map's cells, in the order of {@link FleetMatrix.deadlines}. */
  readonly heat: readonly HeatCell[]
  /** The staging pair's warning, when the server is in a pair that is not one active plus one staging. */
  readonly stagingWarning?: string
  /** Not ready, or in a staging pair with a warning. */
  readonly needsAttention: boolean
  /** Older saved runs of this server not shown (the row is its newest run). */
  readonly earlierRuns: number
}

/** The fleet's totals for the summary line. */
export interface FleetCounts {
  readonly servers: number
  readonly byVerdict: Readonly<Record<Verdict, number>>
  readonly stagingWarnings: number
}

/** The whole view model. */
export interface FleetMatrix {
  readonly asOf: IsoDate
  readonly steps: readonly RuleStep[]
  readonly rows: readonly FleetRow[]
  readonly deadlines: readonly DeadlineColumn[]
  /** Pairs keyed by the rows' keys. */
  readonly staging: StagingPairing
  readonly counts: FleetCounts
  /** Every customer named, sorted. */
  readonly customers: readonly string[]
}

function worstPerStep(server: ServerInput): Record<RuleStep, Status | null> {
  const worst = Object.fromEntries(RULE_STEPS.map((step) => [step, null])) as Record<RuleStep, Status | null>
  for (const finding of server.findings) {
    const current = worst[finding.step]
    if (current === null || STATUSES_BY_URGENCY.indexOf(finding.status) < STATUSES_BY_URGENCY.indexOf(current)) {
      worst[finding.step] = finding.status
    }
  }
  return worst
}

function versionOf(server: ServerInput): string | null {
  const version = server.details.connect?.version
  return typeof version === 'string' ? version : null
}

function stagingOf(servers: readonly KeyedServer[]): StagingPairing {
  return pairStagingServers(
    servers.map(({ key, server }) => ({
      key,
      name: server.name,
      stagingModeEnabled: server.details.connect?.stagingModeEnabled ?? null,
      tenant: server.details.connect?.tenant ?? null,
      ...(server.customer === undefined ? {} : { customer: server.customer }),
      ...(server.pairWith === undefined ? {} : { pairWith: server.pairWith }),
    })),
  )
}

/** What a server's row takes from the server alone: its version, its deadlines and its counts. */
function ownPartOf(server: ServerInput, asOf: IsoDate, formatDate: DateFormatter, pack: RulePack) {
  const version = versionOf(server)
  const deadlines = buildDeadlineView(buildTimeline(server.details, asOf, pack), asOf, version !== null, formatDate)
  const next = nextDeadline(deadlines.items)
  const broken = brokenDeadlines(deadlines.items)
  const worst = firstConfirmed(broken.filter((item) => STOP_IDS.has(item.id))) ?? firstConfirmed(broken)
  return {
    version,
    deadlines,
    title: server.name ?? server.source,
    verdict: server.verdict,
    failCount: countStatus(server.findings, 'fail'),
    ...(next === undefined ? {} : { nextDeadline: next.date, next }),
    ...(worst === undefined ? {} : { worst }),
  }
}

type OwnPart = ReturnType<typeof ownPartOf>

/** Each server's own part, kept while the date, the formatter and the pack are the same. */
const ownParts = new WeakMap<ServerInput, { readonly asOf: IsoDate; readonly formatDate: DateFormatter; readonly pack: RulePack; readonly part: OwnPart }>()

function keptOwnPartOf(server: ServerInput, asOf: IsoDate, formatDate: DateFormatter, pack: RulePack): OwnPart {
  const kept = ownParts.get(server)
  if (kept !== undefined && kept.asOf === asOf && kept.formatDate === formatDate && kept.pack === pack) {
    return kept.part
  }
  const part = ownPartOf(server, asOf, formatDate, pack)
  ownParts.set(server, { asOf, formatDate, pack, part })
  return part
}

/**
 * Works out ahead what {@link buildFleetMatrix} takes from `server` alone (its deadlines as of
 * `asOf`), for a view that gets its servers one batch at a time: the matrix then finds it done.
 * A server object is never changed after it is built, so what is kept for it stays true.
 */
export function prepareFleetRow(server: ServerInput, asOf: IsoDate, formatDate: DateFormatter, pack: RulePack = BUILT_IN_PACK): void {
  keptOwnPartOf(server, asOf, formatDate, pack)
}

/** Builds the fleet view's model as of `asOf`, its dates written through `formatDate` (the screen's locale). */
export function buildFleetMatrix(servers: readonly KeyedServer[], asOf: IsoDate, formatDate: DateFormatter, pack: RulePack = BUILT_IN_PACK): FleetMatrix {
  const prepared = servers.map(({ key, server, earlierRuns = 0 }) => ({ key, server, earlierRuns, ...keptOwnPartOf(server, asOf, formatDate, pack) }))
  const columns = deadlineColumns(prepared)
  const staging = stagingOf(servers)
  const warnings = new Map<string, string>()
  for (const pair of staging.pairs.filter((candidate) => candidate.status !== 'ok')) {
    warnings.set(pair.primary.key, pair.message).set(pair.staging.key, pair.message)
  }
  const rows = sortByUrgency(prepared).map((entry): FleetRow => {
    const warning = warnings.get(entry.key)
    return {
      key: entry.key,
      title: entry.title,
      name: entry.server.name,
      source: entry.server.source,
      customer: entry.server.customer?.trim() ?? '',
      ...(typeof entry.server.details.server?.fqdn === 'string' ? { fqdn: entry.server.details.server.fqdn } : {}),
      version: entry.version,
      verdict: entry.verdict,
      failCount: entry.failCount,
      warnCount: countStatus(entry.server.findings, 'warn'),
      steps: worstPerStep(entry.server),
      ...(entry.next === undefined
        ? {}
        : { nextDeadline: { date: entry.next.date, dateText: entry.next.dateText, label: entry.next.label, daysFromAsOf: entry.next.daysFromAsOf, isUnconfirmed: entry.next.isUnconfirmed } }),
      ...(entry.worst === undefined
        ? {}
        : { brokenSince: { date: entry.worst.date, dateText: entry.worst.dateText, label: entry.worst.label, daysFromAsOf: entry.worst.daysFromAsOf, isUnconfirmed: entry.worst.isUnconfirmed } }),
      heat: heatRow(entry, columns),
      ...(warning === undefined ? {} : { stagingWarning: warning }),
      needsAttention: entry.verdict !== 'ok' || warning !== undefined,
      earlierRuns: entry.earlierRuns,
    }
  })
  const byVerdict: Record<Verdict, number> = { critical: 0, 'action-required': 0, incomplete: 0, ok: 0 }
  rows.forEach((row) => (byVerdict[row.verdict] += 1))
  const customers = [...new Set(rows.map((row) => row.customer).filter((customer) => customer !== ''))].sort((a, b) => a.localeCompare(b))
  return {
    asOf,
    steps: RULE_STEPS,
    rows,
    deadlines: columns,
    staging,
    counts: { servers: rows.length, byVerdict, stagingWarnings: staging.pairs.filter((pair) => pair.status !== 'ok').length },
    customers,
  }
}
