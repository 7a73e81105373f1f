/**
 * The rules' evaluation in the store: undefined until its chunk has loaded (evaluation.ts), so
 * that components showing the report render again once it is in. It is loaded when the browser
 * is idle after the first paint (step-view.tsx), or at once when the document first has facts.
 */
import type { StateCreator } from 'zustand'
import { currentEvaluation, evaluationFailure, loadEvaluation, type Evaluation } from './evaluation'
import { hasAnyFact } from './selectors'
import type { WizardState } from './types'

/** The evaluation and loading it. */
export interface EvaluationSlice {
  /** `assessServer` once loaded (from the start in tests); the report is undefined before. */
  readonly evaluation: Evaluation | undefined
  /** Why the evaluation could not be loaded, when it could not. */
  readonly evaluationError: string | undefined
  /** Loads the evaluation into the store (once); undefined when it cannot be loaded (the error says why). */
  readonly ensureEvaluation: () => Promise<Evaluation | undefined>
}

/** Builds the evaluation slice; it loads the evaluation as soon as the document has a fact. */
export const createEvaluationSlice: StateCreator<WizardState, [], [], EvaluationSlice> = (set, get, store) => {
  const ensureEvaluation = async (): Promise<Evaluation | undefined> => {
    const present = get().evaluation
    if (present !== undefined) {
      return present
    }
    try {
      const evaluation = await loadEvaluation()
      if (get().evaluation === undefined) {
        set({ evaluation, evaluationError: undefined })
      }
      return evaluation
    } catch (error) {
      set({ evaluationError: evaluationFailure(error) })
      return undefined
    }
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.evaluation !== undefined) {
      unsubscribe()
    } else if (state.details !== previous.details && hasAnyFact(state.details)) {
      unsubscribe()
      void ensureEvaluation()
    }
  })
  return { evaluation: currentEvaluation(), evaluationError: undefined, ensureEvaluation }
}
