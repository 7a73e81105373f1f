/**
 * What a change of rule pack did to a saved assessment: the pack it was saved with, the pack in
 * use now, and (when the earlier pack's data are at hand) every check that decides differently.
 */
import type { Report, Status } from '../types'
import type { RulePack } from './types'

/** A pack by version and date. */
export type PackRef = Pick<RulePack, 'version' | 'asOf'>

/** One check whose status differs between the two packs. */
export interface ChangedCheck {
  readonly ruleId: string
  readonly title: string
  readonly before: Status
  readonly after: Status
}

/** The change, or nothing to say (same pack, or no pack recorded). */
export type PackChange =
  | { readonly kind: 'compared'; readonly recorded: PackRef; readonly current: PackRef; readonly changed: readonly ChangedCheck[] }
  | { readonly kind: 'not-comparable'; readonly recorded: PackRef; readonly current: PackRef }

/** True when both name the same pack. */
export function isSamePack(a: PackRef, b: PackRef): boolean {
  return a.version === b.version && a.asOf === b.asOf
}

/** Every check whose status differs from `before` to `after`, in `after`'s order. */
export function changedChecks(before: Report, after: Report): ChangedCheck[] {
  const earlier = new Map(before.findings.map((finding) => [finding.ruleId, finding.status]))
  return after.findings.flatMap((finding) => {
    const status = earlier.get(finding.ruleId)
    return status === undefined || status === finding.status ? [] : [{ ruleId: finding.ruleId, title: finding.title, before: status, after: finding.status }]
  })
}

/**
 * The change from the `recorded` pack to `current`: findings compared under both when the
 * recorded pack's data are among `known`, else only that the pack changed. Undefined when nothing
 * was recorded or the pack is the same.
 */
export function packChangeSince(recorded: PackRef | undefined, current: RulePack, known: readonly RulePack[], assess: (pack: RulePack) => Report): PackChange | undefined {
  if (recorded === undefined || isSamePack(recorded, current)) {
    return undefined
  }
  const currentRef = { version: current.version, asOf: current.asOf }
  const earlier = known.find((pack) => isSamePack(pack, recorded))
  return earlier === undefined
    ? { kind: 'not-comparable', recorded, current: currentRef }
    : { kind: 'compared', recorded, current: currentRef, changed: changedChecks(assess(earlier), assess(current)) }
}
