/**
 * The ordered action plan for one server: what to do first and by when, then the upgrade along
 * the recommended path, then the checks after it. Built from the report, so the plan and the
 * findings always agree; the deadlines come from the timeline ("what breaks when").
 */
import { dataList, dataString, findFinding } from '../findings/find-finding'
import type { StagingPathKind } from '../staging/staging-path'
import { brokenDeadlines, firstConfirmed, nextDeadline, type DeadlineView } from '../timeline/deadline-view'
import type { Report } from '../rules/types'
import { customizationItems } from './customization-items'
import {
  CHECK_STAGING_SERVER,
  DECOMMISSION,
  EXPORT_CONFIGURATION,
  fixItem,
  followUpItems,
  PAUSE_SCHEDULER,
  restoreSyncItem,
  STAGING_WORKAROUND,
  stayCurrentItem,
  SWITCH_STAGING_BACK,
  upgradeItems,
  type PlanItem,
  type PlanPhase,
} from './plan-items'

export { PLAN_PHASE_TITLES, type PlanItem, type PlanPhase } from './plan-items'

/** By when the plan (its before and during items) has to be done. */
export interface PlanDue {
  /** `now`: a deadline has passed unmet; `by`: the next one is ahead; `none`: nothing is due. */
  readonly kind: 'now' | 'by' | 'none'
  readonly text: string
}

/** The plan: its urgency, its first action, and every item in order. */
export interface ActionPlan {
  readonly due: PlanDue
  /** The first thing to do, in one sentence (before any tick: see `firstUnticked`). */
  readonly first: string
  readonly items: readonly PlanItem[]
  /** The phases in order, for grouping. */
  readonly phases: readonly PlanPhase[]
}

/** What the plan is built from. */
export interface ActionPlanInput {
  readonly report: Report
  readonly deadlines: DeadlineView
  readonly stagingKind: StagingPathKind
  readonly serverName: string | undefined
}

const PHASES: readonly PlanPhase[] = ['now', 'before', 'during', 'after']

/** The deadlines after which nothing synchronizes. */
const STOP_IDS: ReadonlySet<string> = new Set(['v1-stopped', 'sync-stop-2026', 'app-auth-2027'])

/** Which broken deadline to name first: the one that hurts most. */
const SEVERITY_ORDER = ['v1-stopped', 'sync-stop-2026', 'app-auth-2027', 'wizard-sign-in', 'federation-setup', 'end-of-support', 'v1-retired']

function planDue(deadlines: DeadlineView): PlanDue {
  const broken = [...brokenDeadlines(deadlines.items)].sort((a, b) => SEVERITY_ORDER.indexOf(a.id) - SEVERITY_ORDER.indexOf(b.id))
  // The standing says "broken since …", or "probably broken since …" for an unconfirmed date.
  const worst = firstConfirmed(broken)
  if (worst !== undefined) {
    return { kind: 'now', text: `Now: ${worst.standing} (${worst.label})` }
  }
  const next = nextDeadline(deadlines.items)
  return next === undefined
    ? { kind: 'none', text: `No deadline ahead as of ${deadlines.asOfText}: upgrade at a quiet time` }
    : { kind: 'by', text: `By ${next.dateText} (${next.label}, ${next.standing})` }
}

/** The fixes the findings ask for: prerequisites (and a half-finished upgrade) before, the rest after. */
function findingFixes(report: Report): { readonly before: readonly PlanItem[]; readonly after: readonly PlanItem[] } {
  const needsFix = report.findings.filter((finding) => finding.status === 'fail' || finding.status === 'warn')
  const before = needsFix
    .filter((finding) => finding.ruleId === 'version/partial-upgrade' || finding.step === 'prerequisites')
    .map((finding) => fixItem(finding, 'before'))
  const appAuth = needsFix
    .filter((finding) => finding.ruleId === 'version/app-auth-2027')
    .map((finding) => fixItem(finding, 'after', finding.remediation.at(-1)))
  const autoUpgrade = needsFix.filter((finding) => finding.step === 'autoupgrade').map((finding) => fixItem(finding, 'after'))
  return { before, after: [...appAuth, ...autoUpgrade] }
}

/** Builds the plan; an unknown version gives a one-item plan asking for it. */
export function buildActionPlan({ report, deadlines, stagingKind, serverName }: ActionPlanInput): ActionPlan {
  const target = findFinding(report, 'version/recommended-target')
  const path = dataString(target, 'path')
  const targetVersion = dataString(target, 'target')
  const atLeast = dataString(target, 'atLeast')
  if (target === undefined || path === undefined || targetVersion === undefined || atLeast === undefined) {
    const item: PlanItem = {
      id: 'enter-version',
      phase: 'before',
      title: 'Enter the installed Entra Connect version',
      detail: 'On the Install details step, type it or open the collector\'s file: the plan depends on it.',
      ruleIds: [],
    }
    return { due: { kind: 'none', text: 'Not known until the version is entered.' }, first: item.title, items: [item], phases: PHASES }
  }
  const name = serverName ?? 'this server'
  const isCurrent = target.messageId === 'current'
  const fixes = findingFixes(report)
  const custom = customizationItems(report, path === 'swing' ? 'swing' : 'in-place')
  const workaround = stagingKind === 'workaround'
  // Sync has stopped: restore it first, by the quickest route an in-place upgrade allows.
  const stopped = firstConfirmed(brokenDeadlines(deadlines.items).filter((item) => STOP_IDS.has(item.id)))
  const canUpgradeInPlace = !dataList(target, 'reasons').includes('old-os')
  const isOutage = stopped !== undefined && !isCurrent && canUpgradeInPlace
  const blocking = new Set(report.findings.filter((finding) => finding.status === 'fail' && finding.severity === 'blocker').map((finding) => `fix:${finding.ruleId}`))
  const items: readonly PlanItem[] = isCurrent
    ? [...fixes.before, stayCurrentItem(name), ...fixes.after]
    : isOutage
      ? [
          // What would stop the installer comes first; the rest of the preparation can wait.
          ...fixes.before.filter((item) => blocking.has(item.id)).map((item) => ({ ...item, phase: 'now' as const })),
          restoreSyncItem(targetVersion, atLeast, name, stopped.dateText),
          ...followUpItems(atLeast, 'now'),
          // An old build still moves to a new server afterwards, at an ordinary pace.
          ...(path === 'swing' ? [EXPORT_CONFIGURATION, CHECK_STAGING_SERVER, ...upgradeItems(path, targetVersion, atLeast, name), DECOMMISSION] : []),
          ...fixes.before.filter((item) => !blocking.has(item.id)),
          ...custom.before,
          ...custom.during,
          ...fixes.after,
          ...custom.after,
        ]
      : [
          EXPORT_CONFIGURATION,
          CHECK_STAGING_SERVER,
          ...fixes.before,
          ...custom.before,
          ...(path === 'swing' ? [] : [PAUSE_SCHEDULER]),
          ...(workaround ? [STAGING_WORKAROUND] : []),
          // What the exported settings do not carry is re-created once the new server is installed.
          ...withAfterFirst(upgradeItems(path, targetVersion, atLeast, name), custom.during),
          ...followUpItems(atLeast),
          ...custom.after,
          ...(workaround ? [SWITCH_STAGING_BACK] : []),
          ...(path === 'swing' ? [DECOMMISSION] : []),
          ...fixes.after,
        ]
  const due = planDue(deadlines)
  const first = firstSentence(items, due)
  return { due, first, items, phases: PHASES }
}

function withAfterFirst(items: readonly PlanItem[], inserted: readonly PlanItem[]): readonly PlanItem[] {
  return [...items.slice(0, 1), ...inserted, ...items.slice(1)]
}

function firstSentence(items: readonly PlanItem[], due: PlanDue): string {
  const item = items[0]
  return item === undefined ? 'Nothing to do.' : `${item.title}. ${due.text}.`
}

/**
 * What to do first given the ticks: the first unticked item, in the order the checklist shows
 * them (by phase, then in plan order); `undefined` when every item is ticked.
 *
 * The checklist marks this item in place rather than repeating its title in a sentence above it.
 */
export function firstUntickedItem(plan: ActionPlan, ticks: Readonly<Record<string, boolean | undefined>>): PlanItem | undefined {
  const ordered = plan.phases.flatMap((phase) => plan.items.filter((item) => item.phase === phase))
  return ordered.find((item) => ticks[item.id] !== true)
}
