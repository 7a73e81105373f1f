/**
 * Which workspace the window shows: the guided walk of one server, the fleet of saved
 * assessments, or the comparison of two runs of one server.
 */
import type { StateCreator } from 'zustand'
import type { WizardState } from './types'

/** The workspaces. */
export const APP_VIEWS = ['walk', 'fleet', 'compare'] as const

/** A workspace. */
export type AppView = (typeof APP_VIEWS)[number]

/** The current workspace and the move between them. */
export interface ViewSlice {
  readonly view: AppView
  /** How many times the workspace changed: a workspace shown after a change takes the focus. */
  readonly viewSwitches: number
  /** Shows `view`. */
  readonly showView: (view: AppView) => void
}

/** Builds the view slice; the app starts on the walk. */
export const createViewSlice: StateCreator<WizardState, [], [], ViewSlice> = (set, get) => ({
  view: 'walk',
  viewSwitches: 0,
  showView: (view) => {
    if (view !== get().view) {
      set({ view, viewSwitches: get().viewSwitches + 1 })
    }
  },
})
