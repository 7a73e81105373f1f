/**
 * The one deriver: inputs (in the order given, later wins) plus the user's conflict choices give
 * the install details, where each fact came from, and the disagreements. The wizard, the Fleet,
 * Compare runs, report export and the command line all call this, so a saved assessment gives
 * the same findings on every path.
 *
 * It does not load zod: the schema check is passed in (merge-inputs.ts `validateInstallDetails`,
 * or the renderer's lazily loaded checks).
 */
import { mergeFacts, type Conflict, type DetailsValidator, type SourcedFacts } from '../import/merge-facts'
import type { FactValue } from '../import/text-forms/types'
import type { InstallDetails } from '../types/install-details'
import { writePath } from './dotted-path'

/** One source's value in a disagreement. */
export interface ConflictValue {
  readonly value: FactValue
  /** The source label, with the line where the input was text. */
  readonly from: string
}

/** A field the inputs disagree on: every value with its source, and the one in use. */
export interface ConflictView {
  readonly path: string
  readonly values: readonly ConflictValue[]
  /** The `from` of the value in use. */
  readonly inUse: string
  /** True once the user chose; until then the later input wins and the conflict stays flagged. */
  readonly isChosen: boolean
}

/** The user's choice per disagreeing field: field path → the `from` label of the value chosen. */
export type ConflictChoices = Readonly<Record<string, string>>

/** What the inputs and choices give. */
export interface DerivedDetails {
  readonly details: InstallDetails
  /** Field path → evidence label (source, and whether the user chose it where inputs disagree). */
  readonly provenance: Readonly<Record<string, string>>
  readonly conflicts: readonly ConflictView[]
  /** The choices that still match a disagreement (a choice for a resolved one is dropped). */
  readonly conflictChoices: ConflictChoices
}

/** Evidence label of a value the inputs disagree on, before and after the user chooses. */
export function conflictLabel(from: string, isChosen: boolean): string {
  return isChosen ? `${from} (chosen by you)` : `${from} (unconfirmed: the inputs disagree)`
}

/**
 * Merges `inputs` in order (later wins per field), then applies `choices`: a field the user chose
 * for takes the chosen source's value. `validate` may be left out only when there are no facts.
 */
export function deriveInstallDetails(inputs: readonly SourcedFacts[], choices: ConflictChoices, validate: DetailsValidator | undefined): DerivedDetails {
  const merged = mergeFacts(inputs, validate)
  let details = merged.details
  const provenance: Record<string, string> = { ...merged.provenance }
  const kept: Record<string, string> = {}
  const conflicts = merged.conflicts.map((conflict): ConflictView => {
    const choice = Object.hasOwn(choices, conflict.path) ? choices[conflict.path] : undefined
    const chosen = conflict.values.find((entry) => entry.from === choice)
    if (chosen !== undefined) {
      kept[conflict.path] = chosen.from
      details = writePath(details, conflict.path, chosen.value)
      provenance[conflict.path] = conflictLabel(chosen.from, true)
      return { path: conflict.path, values: conflict.values, inUse: chosen.from, isChosen: true }
    }
    const latest = conflict.values[conflict.values.length - 1]?.from ?? ''
    provenance[conflict.path] = conflictLabel(latest, false)
    return { path: conflict.path, values: conflict.values, inUse: latest, isChosen: false }
  })
  return { details, provenance, conflicts, conflictChoices: kept }
}

/**
 * The disagreements as reports and the command line's output carry them: each field and its
 * values (the choice bookkeeping left out), as a field to spread; nothing when the inputs agree.
 */
export function conflictsField(derived: Pick<DerivedDetails, 'conflicts'>): { readonly conflicts?: readonly Conflict[] } {
  return derived.conflicts.length > 0 ? { conflicts: derived.conflicts.map(({ path, values }) => ({ path, values })) } : {}
}
