/**
 * Loading a practice scenario: its document replaces the current one (through the inputs and
 * details slices' own actions: inputs removed, facts answered one by one) and its as-of date is
 * set, so every step shows the lesson.
 */
import type { StateCreator } from 'zustand'
import { findPracticeScenario } from '../../../shared/practice/scenarios'
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
  /** Replaces the document and the as-of date with the scenario's; unknown ids are ignored. */
  readonly loadPractice: (id: string) => void
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
  loadPractice: (id) =>
    withChecks(
      () => {
        const scenario = findPracticeScenario(id)
        if (scenario === undefined) {
          return
        }
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
    ),
  leavePractice: () => set({ practiceId: undefined }),
})
