/**
 * Deriving the document, where each fact came from, and the disagreements, from the input
 * layers with the shared deriver (`deriveInstallDetails`, held to the contract's schema). Nothing here is
 * stored twice: actions change the layers and store what this derives from them.
 *
 * Layers with facts need the schema (checks.ts): actions that add facts run through `withChecks`.
 */
import { deriveInstallDetails, type DerivedDetails as SharedDerived } from '~shared/intake/derive'
import type { SourcedFacts } from '~shared/import/merge-facts'
import type { Provenance } from '~shared/rules/evaluate'
import { currentChecks } from './checks'
import { TYPED_IN, type InputLayers } from './input-layers'
import { TYPED_FIELD_PATHS, type TypedField } from './typed-fields'

export { conflictLabel, type ConflictValue, type ConflictView } from '~shared/intake/derive'

/** What the layers give. */
export interface DerivedDetails extends Omit<SharedDerived, 'provenance'> {
  readonly provenance: Provenance
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

/** The layers merged in sequence order (later wins), with the user's conflict choices applied (the shared deriver). */
export function deriveDetails(layers: InputLayers): DerivedDetails {
  const derived = deriveInstallDetails(toSourcedFacts(layers), layers.conflictChoices, currentChecks()?.validateDetails)
  return { ...derived, provenance: { default: TYPED_IN, fields: derived.provenance } }
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
