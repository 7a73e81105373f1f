/**
 * The install-details checks the store needs once facts arrive: the contract's schema and the
 * import readers. They are their own chunk (checks-module.ts, with zod), loaded after the first
 * screen is drawn: the first step starts with no facts, so its first paint needs neither.
 *
 * Actions that add facts run at once when the checks are in (always, after the first moments;
 * tests provide them up front) and otherwise as soon as they have loaded, in the order they came.
 */
import type { importInput } from '~shared/intake/import-input'
import type { DetailsValidator } from '~shared/import/merge-facts'

/** What checks-module.ts provides. */
export interface DetailsChecks {
  /** The contract's schema check of a whole install-details document. */
  readonly validateDetails: DetailsValidator
  /** The one importer, for dropped files (bytes) and pasted text. */
  readonly importInput: typeof importInput
}

let loaded: DetailsChecks | undefined
let loading: Promise<DetailsChecks> | undefined

/** The checks if they have loaded, else undefined. */
export function currentChecks(): DetailsChecks | undefined {
  return loaded
}

/** Loads the checks (once; a failed load is tried again on the next call). */
export function loadChecks(): Promise<DetailsChecks> {
  if (loaded !== undefined) {
    return Promise.resolve(loaded)
  }
  loading ??= import('./checks-module').then(
    (module) => (loaded = module.DETAILS_CHECKS),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** Makes the checks available at once (tests, and anyone who already has the module). */
export function provideChecks(checks: DetailsChecks): void {
  loaded = checks
}

/**
 * Runs `action` with the checks: now if they are in, else once they have loaded. When they cannot
 * be loaded, `onFailure` gets a message saying so (the action is not run; nothing is lost).
 */
export function withChecks(action: (checks: DetailsChecks) => void, onFailure: (message: string) => void): void {
  if (loaded !== undefined) {
    action(loaded)
    return
  }
  loadChecks().then(action, (error: unknown) => onFailure(checksFailure(error)))
}

/** The message when the checks' chunk cannot be loaded (a damaged install). */
export function checksFailure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `The install-details checks could not be loaded (${reason}). Reload the window (Ctrl+R) or reinstall the app; your saved assessments are kept.`
}
