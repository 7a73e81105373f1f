/**
 * What the Fleet and the Compare workspaces may know of the wizard: the saved assessments (their
 * own copy of the list the Assessments panel shows), a count of the open assessment's saves, and
 * a few named actions the wizard side implements (list again, save then list, open one in the
 * walk, note a link the Fleet made). The workspaces use only these members, never the wizard's
 * (tests/build/workspace-boundary.test.ts checks it).
 */
import type { StateCreator } from 'zustand'
import type { AssessmentListValue } from '~shared/ipc/assessment-schemas'
import type { WizardState } from './types'

/** A listing's outcome: the list (the last one when listing again failed), and why it failed when there is none. */
export interface SavedRunsListing {
  readonly list: AssessmentListValue | undefined
  readonly reason: string | undefined
}

/** The saved assessments as the workspaces see them, and the actions they may ask for. */
export interface SavedRunsSlice {
  /** Undefined until listed. */
  readonly savedRuns: AssessmentListValue | undefined
  /** Counts the open assessment's successful saves, so a shown workspace can list again. */
  readonly savedRunsSaves: number
  /** Lists the saved assessments again. */
  readonly listSavedRuns: () => Promise<SavedRunsListing>
  /** Saves the open assessment if it changed, then lists. */
  readonly saveAndListRuns: () => Promise<SavedRunsListing>
  /** Opens a saved assessment in the walk; undefined when it opened, else why not. */
  readonly openSavedRunInWalk: (id: string) => Promise<string | undefined>
  /** The id of the assessment open in the walk (undefined until it is first saved). */
  readonly openRunId: () => string | undefined
  /** Tells the walk that `newerId` was saved as a later run of `olderId`, so its next save keeps the link. */
  readonly noteSameServer: (newerId: string, olderId: string) => void
}

/** Builds the slice over the wizard's own members; it follows the Assessments panel's list and the saves. */
export function createSavedRunsSlice(): StateCreator<WizardState, [], [], SavedRunsSlice> {
  return (set, get, store) => {
    store.subscribe((state, previous) => {
      if (state.assessmentList !== previous.assessmentList && state.assessmentList !== state.savedRuns) {
        set({ savedRuns: state.assessmentList })
      }
      if (state.saveStatus.kind === 'saved' && (previous.saveStatus.kind !== 'saved' || previous.saveStatus.at !== state.saveStatus.at)) {
        set({ savedRunsSaves: get().savedRunsSaves + 1 })
      }
    })

    const listing = (): SavedRunsListing => {
      const list = get().assessmentList
      return { list, reason: list === undefined ? get().listMessage?.text : undefined }
    }

    return {
      savedRuns: undefined,
      savedRunsSaves: 0,
      listSavedRuns: async () => {
        await get().refreshAssessments()
        return listing()
      },
      saveAndListRuns: async () => {
        await get().saveNow()
        await get().refreshAssessments()
        return listing()
      },
      openSavedRunInWalk: (id) => get().openInWalk(id),
      openRunId: () => get().assessment.id,
      noteSameServer: (newerId, olderId) => {
        if (get().assessment.id === newerId) {
          set({ assessment: { ...get().assessment, sameServerAs: olderId } })
        }
      },
    }
  }
}
