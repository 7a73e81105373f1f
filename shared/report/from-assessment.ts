/**
 * Reports from saved assessments: each assessment's inputs and conflict choices derived by the
 * shared deriver (the one the wizard uses) and assessed, ready for `buildFleetReport`, `toContractDocument` or `compareRuns`.
 */
import { assessServer } from '../assess'
import type { Assessment } from '../assessments/assessment'
import { ticksFromAnswers } from '../assessments/checklist-ticks'
import { type DateFormatter, formatIsoDate, type IsoDate } from '../dates/iso-date'
import type { DetailsValidator } from '../import/merge-facts'
import { conflictsField, deriveInstallDetails, type DerivedDetails } from '../intake/derive'
import type { RulePack } from '../rules/pack/types'
import type { FleetInput, ServerInput } from './fleet-input'

/**
 * One saved assessment assessed as of `asOf`: labelled with its name, grouped by its customer.
 * Its facts are held to the contract's schema by `validate` (merge-inputs.ts `validateInstallDetails`);
 * the rules read `pack`, the rule pack in use. Messages write dates through `formatDate`: ISO 8601
 * for reports (the default), the user's locale when the renderer shows them.
 */
export function serverInputFromAssessment(
  assessment: Assessment,
  asOf: IsoDate,
  validate: DetailsValidator,
  pack: RulePack,
  formatDate: DateFormatter = formatIsoDate,
): ServerInput {
  return serverInputFromDerived(assessment, deriveInstallDetails(assessment.inputs, assessment.conflictChoices ?? {}, validate), asOf, pack, formatDate)
}

/** The same, for an assessment whose inputs the caller has already derived (the Fleet keeps each derivation). */
export function serverInputFromDerived(
  assessment: Assessment,
  merged: DerivedDetails,
  asOf: IsoDate,
  pack: RulePack,
  formatDate: DateFormatter = formatIsoDate,
): ServerInput {
  const report = assessServer(merged.details, asOf, pack, { default: assessment.name, fields: merged.provenance }, formatDate)
  const name = assessment.serverName.trim() === '' ? (merged.details.server?.name ?? null) : assessment.serverName
  const ticks = ticksFromAnswers(assessment.answers)
  return {
    source: assessment.name,
    name,
    verdict: report.verdict,
    findings: report.findings,
    details: merged.details,
    provenance: merged.provenance,
    ...conflictsField(merged),
    ...(assessment.customer.trim() === '' ? {} : { customer: assessment.customer }),
    ...(assessment.pairWith === undefined || assessment.pairWith.trim() === '' ? {} : { pairWith: assessment.pairWith }),
    ...(Object.keys(ticks).length === 0 ? {} : { ticks }),
  }
}

/** Several saved assessments as one run (a fleet view or a fleet report), all as of `asOf`, with `pack`. */
export function fleetInputFromAssessments(assessments: readonly Assessment[], asOf: IsoDate, validate: DetailsValidator, pack: RulePack): FleetInput {
  return {
    asOf,
    rulePack: { version: pack.version, asOf: pack.asOf },
    servers: assessments.map((assessment) => serverInputFromAssessment(assessment, asOf, validate, pack)),
    errors: [],
  }
}
