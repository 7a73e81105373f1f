/**
 * Which step the wizard shows, and moving between steps.
 */
import type { StateCreator } from 'zustand'
import { stepIndex, WIZARD_STEPS, type WizardStep } from './steps'
import type { WizardState } from './types'

/** The current step and the moves. */
export interface WizardSlice {
  readonly step: WizardStep
  /** Shows `step`. */
  readonly goTo: (step: WizardStep) => void
  /** Shows the following step; stays on the last. */
  readonly next: () => void
  /** Shows the previous step; stays on the first. */
  readonly back: () => void
}

function stepAt(index: number): WizardStep | undefined {
  return WIZARD_STEPS[index]?.id
}

/** Builds the wizard slice; it starts on the install-details step. */
export const createWizardSlice: StateCreator<WizardState, [], [], WizardSlice> = (set, get) => ({
  step: 'details',
  goTo: (step) => set({ step }),
  next: () => {
    const following = stepAt(stepIndex(get().step) + 1)
    if (following !== undefined) {
      set({ step: following })
    }
  },
  back: () => {
    const previous = stepAt(stepIndex(get().step) - 1)
    if (previous !== undefined) {
      set({ step: previous })
    }
  },
})
