/**
 * The server's install-details document, derived from its input layers: the typed-in facts and
 * answers kept here, the loaded inputs (inputs slice), and the user's choices in conflicts.
 */
import type { StateCreator } from 'zustand'
import type { FactValue } from '~shared/import/text-forms/types'
import type { Provenance } from '~shared/rules/evaluate'
import type { InstallDetails } from '~shared/types/install-details'
import { withChecks } from './checks'
import { deriveDetails, withDerived, type ConflictView } from './derive-details'
import { nextSequence, type Answer, type TypedValue } from './input-layers'
import { parseTypedFact, type TypedFacts } from './typed-facts'
import { FIELD_SPECS, fieldForPath, TYPED_FIELD_PATHS, type TypedField } from './typed-fields'
import type { WizardState } from './types'

export { ANSWERED_IN_WIZARD, TYPED_IN } from './input-layers'

/** The document, where its facts came from, the disagreements, the form's text and the user's layers. */
export interface DetailsSlice {
  /** The merged document: every input's facts, the later one winning, the user's choices applied. */
  readonly details: InstallDetails
  /** Field path → the source of the value in use (with the line, and whether it is disputed). */
  readonly provenance: Provenance
  /** Fields the inputs disagree on. */
  readonly conflicts: readonly ConflictView[]
  /** The form's text as typed, so a half-typed version stays visible with its error. */
  readonly typedFacts: TypedFacts
  readonly inputErrors: Readonly<Partial<Record<TypedField, string>>>
  /** The typed-in layer: each valid typed value and when it was typed. */
  readonly typedValues: Readonly<Partial<Record<TypedField, TypedValue>>>
  /** The answered-in-the-wizard layer: field path → answer. */
  readonly answers: Readonly<Record<string, Answer>>
  /** Field path → the `from` label the user chose in a conflict. */
  readonly conflictChoices: Readonly<Record<string, string>>
  /** Applies typed text: valid facts join the typed-in layer, invalid ones get an inline error. */
  readonly setTypedFacts: (facts: Partial<Record<TypedField, string>>) => void
  /**
   * Sets one fact from anywhere in the wizard (an answer to a question): `value` undefined means
   * "I don't know" and removes it. `source` is shown as its evidence.
   */
  readonly answerFact: (path: string, value: FactValue | undefined, source: string) => void
  /** Makes the value from `from` win the conflict on `path`, and marks the conflict confirmed. */
  readonly chooseConflictValue: (path: string, from: string) => void
}

function isTypedField(field: string): field is TypedField {
  return Object.hasOwn(FIELD_SPECS, field)
}

/** Builds the details slice; it starts with no inputs, nothing typed and nothing answered. */
export const createDetailsSlice: StateCreator<WizardState, [], [], DetailsSlice> = (set, get) => {
  const reportChecksFailure = (message: string) => set({ importError: message })
  return {
    ...deriveDetails({ inputs: [], typedValues: {}, answers: {}, conflictChoices: {} }),
    typedFacts: {},
    inputErrors: {},
    typedValues: {},
    answers: {},

    // Each action below runs once the schema is in (checks.ts): at once, after the first moments.
    setTypedFacts: (facts) => withChecks((checks) => {
      const state = get()
      const typedFacts: Partial<Record<TypedField, string>> = { ...state.typedFacts }
      const typedValues: Partial<Record<TypedField, TypedValue>> = { ...state.typedValues }
      const inputErrors: Partial<Record<TypedField, string>> = { ...state.inputErrors }
      const answers: Record<string, Answer> = { ...state.answers }
      let sequence = nextSequence(state)
      for (const [field, text] of Object.entries(facts)) {
        if (!isTypedField(field) || text === undefined) {
          continue
        }
        typedFacts[field] = text
        // The user's latest word on a field replaces an answer they gave for it in another step.
        delete answers[TYPED_FIELD_PATHS[field]]
        const parsed = parseTypedFact(field, text, checks.validateDetails)
        if ('error' in parsed) {
          // Unknown beats wrong: while the text does not parse, the typed fact is unknown.
          inputErrors[field] = parsed.error
          delete typedValues[field]
          continue
        }
        delete inputErrors[field]
        if (parsed.value === undefined) {
          delete typedValues[field]
        } else if (typedValues[field]?.value !== parsed.value) {
          typedValues[field] = { value: parsed.value, sequence }
          sequence += 1
        }
      }
      set({ typedFacts, inputErrors, ...withDerived(state, { typedValues, answers }) })
    }, reportChecksFailure),

    answerFact: (path, value, source) => withChecks(() => {
      const state = get()
      const answers: Record<string, Answer> = { ...state.answers }
      if (value === undefined) {
        delete answers[path]
      } else {
        answers[path] = { value, source, sequence: nextSequence(state) }
      }
      const field = fieldForPath(path)
      if (field === undefined) {
        set(withDerived(state, { answers }))
        return
      }
      const { [field]: _text, ...typedFacts } = state.typedFacts
      const { [field]: _value, ...typedValues } = state.typedValues
      const { [field]: _error, ...inputErrors } = state.inputErrors
      set({ typedFacts, inputErrors, ...withDerived(state, { answers, typedValues }) })
    }, reportChecksFailure),

    chooseConflictValue: (path, from) => withChecks(() => {
      const state = get()
      set(withDerived(state, { conflictChoices: { ...state.conflictChoices, [path]: from } }))
    }, reportChecksFailure),
  }
}
