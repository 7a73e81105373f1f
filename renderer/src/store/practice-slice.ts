/**
 * Loading a practice scenario: the open assessment is saved and put aside first (as New
 * assessment does), then the scenario's document fills the empty walk (through the inputs and
 * details slices' own actions: facts answered one by one) and its as-of date is set, so every
 * step shows the lesson. A practice walk is never saved: the user's own work is never touched.
 */
import type { StateCreator } from 'zustand'
import { findPracticeScenario } from '~shared/practice/scenarios'
import { withChecks } from './checks'
import { factLeaves } from './fact-leaves'
import { TYPED_FIELD_PATHS } from './typed-fields'
import type { WizardState } from './types'

/** The scenario in use and the action that loads one. */
export interface PracticeSlice {
  /** The loaded scenario's id; undefined when the document is the user's own. */
  readonly practiceId: string | undefined
  /** Counts loads, so inputs showing store values (the as-of date) can re-read them. */
  readonly practiceLoads: number
  /**
   * Saves and closes the open assessment, then shows the scenario's document and as-of date as a
   * separate, unsaved walk; unknown ids are ignored, and nothing changes when that save fails.
   */
  readonly loadPractice: (id: string) => Promise<void>
  /** Forgets which scenario is loaded (the document stays). */
  readonly leavePractice: () => void
}

/** The source label practice facts carry as evidence. */
export function practiceSource(title: string): string {
  return `practice scenario "${title}"`
}

/** Builds the practice slice. */
export const createPracticeSlice: StateCreator<WizardState, [], [], PracticeSlice> = (set, get) => ({
  practiceId: undefined,
  practiceLoads: 0,
  // With the schema in (checks.ts), so every step below runs at once and in order.
  loadPractice: async (id) => {
    const scenario = findPracticeScenario(id)
    if (scenario === undefined || !(await get().startNewAssessment())) {
      return
    }
    withChecks(
      () => {
        const source = practiceSource(scenario.title)
        const { answerFact, removeInput } = get()
        // Start from nothing: drop the loaded inputs, then every typed value and answer, fact by fact.
        for (const input of get().inputs) {
          removeInput(input.id)
        }
        const typedPaths = Object.values(TYPED_FIELD_PATHS)
        for (const path of [...typedPaths, ...factLeaves(get().details).map(([leaf]) => leaf)]) {
          answerFact(path, undefined, source)
        }
        for (const path of Object.keys(get().answers)) {
          answerFact(path, undefined, source)
        }
        // Then every fact of the scenario, with the scenario as its source.
        for (const [path, value] of factLeaves(scenario.document)) {
          answerFact(path, value, source)
        }
        get().setAsOf(scenario.asOf)
        get().clearTicks()
        set({ practiceId: scenario.id, practiceLoads: get().practiceLoads + 1 })
        get().goTo(scenario.focusStep)
      },
      (message) => set({ importError: message }),
    )
  },
  leavePractice: () => set({ practiceId: undefined }),
})
