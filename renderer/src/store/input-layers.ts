/**
 * The layers the install-details document is merged from: loaded inputs (files, dropped files,
 * pasted text, the collector), the facts typed on the form, and answers given in other steps.
 *
 * Every fact carries a sequence number, so "later input wins" holds fact by fact across layers.
 */
import type { Fact, FactValue, InputFormat } from '~shared/import/text-forms/types'
import type { TypedField } from './typed-fields'

/** The source label of facts typed on the form. */
export const TYPED_IN = 'typed in'
/** The label of the answers layer (each answer keeps its own source for the evidence). */
export const ANSWERED_IN_WIZARD = 'answered in the wizard'

/** How an input came in. */
export type InputOrigin = 'opened' | 'dropped' | 'pasted' | 'collected'

/** One loaded input. */
export interface LoadedInput {
  readonly id: string
  /** Its label in evidence and conflicts: the file name, "pasted text", … (unique among inputs). */
  readonly source: string
  readonly origin: InputOrigin
  readonly format: InputFormat
  readonly facts: readonly Fact[]
  /** What the importer saw but could not use. */
  readonly notes: readonly string[]
  readonly sequence: number
}

/** A valid typed value and when it was typed. */
export interface TypedValue {
  readonly value: FactValue
  readonly sequence: number
}

/** An answer from another step. */
export interface Answer {
  readonly value: FactValue
  readonly source: string
  readonly sequence: number
}

/** Everything the document is derived from. */
export interface InputLayers {
  readonly inputs: readonly LoadedInput[]
  readonly typedValues: Readonly<Partial<Record<TypedField, TypedValue>>>
  readonly answers: Readonly<Record<string, Answer>>
  /** Field path → the `from` label of the value the user chose in a conflict. */
  readonly conflictChoices: Readonly<Record<string, string>>
}

/** The sequence number for the next fact or input: one more than any so far. */
export function nextSequence(layers: InputLayers): number {
  const sequences = [
    ...layers.inputs.map((input) => input.sequence),
    ...Object.values(layers.typedValues).map((typed) => typed?.sequence ?? 0),
    ...Object.values(layers.answers).map((answer) => answer.sequence),
  ]
  return Math.max(0, ...sequences) + 1
}

/** `label`, or `label (2)`, `label (3)` … so that no two inputs share a source label. */
export function uniqueSource(label: string, inputs: readonly LoadedInput[]): string {
  const taken = new Set([TYPED_IN, ANSWERED_IN_WIZARD, ...inputs.map((input) => input.source)])
  if (!taken.has(label)) {
    return label
  }
  let count = 2
  while (taken.has(`${label} (${count})`)) {
    count += 1
  }
  return `${label} (${count})`
}

/** What an import hands to the store. */
export interface NewInput {
  readonly label: string
  readonly origin: InputOrigin
  readonly format: InputFormat
  readonly facts: readonly Fact[]
  readonly notes: readonly string[]
}

/** The layers' inputs with `input` added last (it is the latest input). */
export function withInput(layers: InputLayers, input: NewInput): readonly LoadedInput[] {
  const sequence = nextSequence(layers)
  const { label, ...rest } = input
  return [...layers.inputs, { ...rest, id: `input-${sequence}`, source: uniqueSource(label, layers.inputs), sequence }]
}
