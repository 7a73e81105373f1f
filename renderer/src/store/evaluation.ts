/**
 * The rules' evaluation (`assessServer`: every rule, the verdict) is its own chunk
 * (evaluation-module.ts), loaded after the first screen is drawn, or as soon as the document has
 * facts: the first step is usable before it arrives, and the report is undefined until it has.
 */
import type { assessServer } from '~shared/assess'

/** What evaluation-module.ts provides. */
export interface Evaluation {
  /** Assesses one server: the same function main and the command line use. */
  readonly assessServer: typeof assessServer
}

let loaded: Evaluation | undefined
let loading: Promise<Evaluation> | undefined

/** The evaluation if it has loaded, else undefined. */
export function currentEvaluation(): Evaluation | undefined {
  return loaded
}

/** Loads the evaluation (once; a failed load is tried again on the next call). */
export function loadEvaluation(): Promise<Evaluation> {
  if (loaded !== undefined) {
    return Promise.resolve(loaded)
  }
  loading ??= import('./evaluation-module').then(
    (module) => (loaded = module.EVALUATION),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** Makes the evaluation available at once (tests, and anyone who already has the module). */
export function provideEvaluation(evaluation: Evaluation): void {
  loaded = evaluation
}

/** The message when the evaluation's chunk cannot be loaded (a damaged install). */
export function evaluationFailure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `The checks could not be loaded (${reason}). Reload the window (Ctrl+R) or reinstall the app; your saved assessments are kept.`
}
