/**
 * Deriving the document, where each fact came from, and the disagreements, from the input
 * layers with the shared merge (`mergeFacts`, held to the contract's schema). Nothing here is
 * stored twice: actions change the layers and store what this derives from them.
 *
 * Layers with facts need the schema (checks.ts): actions that add facts run through `withChecks`.
 */
import { mergeFacts, type SourcedFacts } from '../../../shared/import/merge-facts'
import type { FactValue } from '../../../shared/import/text-forms/types'
import type { Provenance } from '../../../shared/rules/evaluate'
import type { InstallDetails } from '../../../shared/types/install-details'
import { currentChecks } from './checks'
import { TYPED_IN, type InputLayers } from './input-layers'
import { setFact } from './typed-facts'
import { TYPED_FIELD_PATHS, type TypedField } from './typed-fields'

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

/** What the layers give. */
export interface DerivedDetails {
  readonly details: InstallDetails
  readonly provenance: Provenance
  readonly conflicts: readonly ConflictView[]
  /** The choices that still match a disagreement (a choice for a resolved one is dropped). */
  readonly conflictChoices: Readonly<Record<string, string>>
}

/** Evidence label of a value the inputs disagree on, before and after the user chooses. */
export function conflictLabel(from: string, isChosen: boolean): string {
  return isChosen ? `${from} (chosen by you)` : `${from} (unconfirmed: the inputs disagree)`
}

function toSourcedFacts(layers: InputLayers): SourcedFacts[] {
  const entries: { sequence: number; sourced: SourcedFacts }[] = [
    ...layers.inputs.map((input) => ({ sequence: input.sequence, sourced: { source: input.source, facts: input.facts } })),
    ...Object.entries(layers.typedValues).flatMap(([field, typed]) =>
      typed === undefined
        ? []
        : [{ sequence: typed.sequence, sourced: { source: TYPED_IN, facts: [{ path: TYPED_FIELD_PATHS[field as TypedField], value: typed.value }] } }],
    ),
    ...Object.entries(layers.answers).map(([path, answer]) => ({
      sequence: answer.sequence,
      sourced: { source: answer.source, facts: [{ path, value: answer.value }] },
    })),
  ]
  return entries.sort((a, b) => a.sequence - b.sequence).map((entry) => entry.sourced)
}

/** Merges the layers in sequence order (later wins), then applies the user's conflict choices. */
export function deriveDetails(layers: InputLayers): DerivedDetails {
  const merged = mergeFacts(toSourcedFacts(layers), currentChecks()?.validateDetails)
  let details = merged.details
  const fields: Record<string, string> = { ...merged.provenance }
  const conflictChoices: Record<string, string> = {}
  const conflicts = merged.conflicts.map((conflict): ConflictView => {
    const chosen = conflict.values.find((entry) => entry.from === layers.conflictChoices[conflict.path])
    const latest = conflict.values[conflict.values.length - 1]
    if (chosen !== undefined) {
      conflictChoices[conflict.path] = chosen.from
      details = setFact(details, conflict.path, chosen.value)
      fields[conflict.path] = conflictLabel(chosen.from, true)
      return { path: conflict.path, values: conflict.values, inUse: chosen.from, isChosen: true }
    }
    fields[conflict.path] = conflictLabel(latest?.from ?? '', false)
    return { path: conflict.path, values: conflict.values, inUse: latest?.from ?? '', isChosen: false }
  })
  return { details, provenance: { default: TYPED_IN, fields }, conflicts, conflictChoices }
}

/** The layers `layers` would have after `changes`, and what they derive. */
export function withDerived<C extends Partial<InputLayers>>(layers: InputLayers, changes: C): C & DerivedDetails {
  const next: InputLayers = {
    inputs: changes.inputs ?? layers.inputs,
    typedValues: changes.typedValues ?? layers.typedValues,
    answers: changes.answers ?? layers.answers,
    conflictChoices: changes.conflictChoices ?? layers.conflictChoices,
  }
  return { ...changes, ...deriveDetails(next) }
}
