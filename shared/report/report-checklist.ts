/**
 * The upgrade checklist as a report shows it: the action plan's items in the order the wizard's
 * checklist shows them (by phase), each with the user's tick. Built by the same plan builder as
 * the summary step, so the report and the screen list the same items.
 */
import { formatIsoDate } from '../dates/iso-date'
import { buildActionPlan, type PlanPhase } from '../plan/action-plan'
import { findFinding } from '../findings/find-finding'
import type { RulePack } from '../rules/pack/types'
import type { Report } from '../rules/types'
import { stagingPath } from '../staging/staging-path'
import type { DeadlineView } from '../timeline/deadline-view'
import type { ServerInput } from './fleet-input'

/** One checklist item and whether the user ticked it. */
export interface ReportChecklistItem {
  readonly id: string
  readonly phase: PlanPhase
  readonly title: string
  readonly detail: string
  readonly isDone: boolean
}

/** The checklist of one server: its items by phase, with the ticks saved with the assessment. */
export function reportChecklist(server: ServerInput, report: Report, deadlines: DeadlineView, pack: RulePack): readonly ReportChecklistItem[] {
  const details = server.details
  const kind = stagingPath(
    details.connect?.version ?? undefined,
    findFinding(report, 'staging/msonline-workaround')?.status,
    details.powershell?.edition ?? undefined,
    report.asOf,
    pack,
    formatIsoDate,
  ).kind
  const plan = buildActionPlan({ report, deadlines, stagingKind: kind, serverName: details.server?.name ?? undefined })
  const ticks = server.ticks ?? {}
  return plan.phases.flatMap((phase) =>
    plan.items
      .filter((item) => item.phase === phase)
      .map((item) => ({ id: item.id, phase, title: item.title, detail: item.detail, isDone: ticks[item.id] === true })),
  )
}
