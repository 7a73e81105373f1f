/**
 * The upgrade checklist's ticks, keyed by action-plan item id.
 *
 * Kept as one plain `ticks` record so the storage work can save and restore it as it is.
 */
import type { StateCreator } from 'zustand'
import type { WizardState } from './types'

/** The ticks and the actions on them. */
export interface ChecklistSlice {
  /** Item id → ticked. Ids are stable across re-assessments of the same server. */
  readonly ticks: Readonly<Record<string, boolean>>
  /** Ticks or unticks one item. */
  readonly setTick: (itemId: string, isTicked: boolean) => void
  /** Unticks everything (a different server or scenario was loaded). */
  readonly clearTicks: () => void
}

/** Builds the checklist slice; nothing is ticked at first. */
export const createChecklistSlice: StateCreator<WizardState, [], [], ChecklistSlice> = (set, get) => ({
  ticks: {},
  setTick: (itemId, isTicked) => {
    const ticks: Record<string, boolean> = { ...get().ticks }
    if (isTicked) {
      ticks[itemId] = true
    } else {
      delete ticks[itemId]
    }
    set({ ticks })
  },
  clearTicks: () => set({ ticks: {} }),
})
