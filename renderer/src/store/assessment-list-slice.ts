/**
 * The saved assessments as the Assessments panel lists them, and what the panel does to them:
 * rename, duplicate, delete, export a bundle, import one. Main does every file operation.
 */
import type { StateCreator } from 'zustand'
import type { AssessmentListValue } from '~shared/ipc/assessment-schemas'
import type { Result } from '~shared/ipc/result'
import { plural } from '~shared/report/report-text'
import type { WizardDeps, WizardState } from './types'

/** The list, and the outcome of the panel's last action. */
export interface AssessmentListSlice {
  /** Undefined until listed. */
  readonly assessmentList: AssessmentListValue | undefined
  /** What the last action did ("Exported 2 assessments to …") or why it failed. */
  readonly listMessage: { readonly intent: 'success' | 'error'; readonly text: string } | undefined
  readonly refreshAssessments: () => Promise<void>
  readonly renameAssessment: (id: string, name: string) => Promise<void>
  readonly duplicateAssessment: (id: string) => Promise<void>
  /** Deletes one (the panel asks first); deleting the open one makes the next change start a new one. */
  readonly deleteAssessment: (id: string) => Promise<void>
  readonly exportAssessments: (ids: readonly string[]) => Promise<void>
  readonly importAssessments: () => Promise<void>
}

/** Builds the list slice over the app's API. */
export function createAssessmentListSlice(deps: WizardDeps): StateCreator<WizardState, [], [], AssessmentListSlice> {
  return (set, get) => {
    const api = () => deps.api.assessments
    /** Runs one call; on success reports `describe(value)` (if any) and lists again. */
    const act = async <T>(call: () => Promise<Result<T>>, describe: (value: T) => string | undefined): Promise<void> => {
      try {
        const result = await call()
        if (!result.ok) {
          set({ listMessage: { intent: 'error', text: result.error.message } })
          return
        }
        const text = describe(result.value)
        set({ listMessage: text === undefined ? undefined : { intent: 'success', text } })
      } catch (error) {
        set({ listMessage: { intent: 'error', text: error instanceof Error ? error.message : String(error) } })
      }
      await get().refreshAssessments()
    }

    return {
      assessmentList: undefined,
      listMessage: undefined,
      refreshAssessments: async () => {
        try {
          const result = await api().list({})
          if (result.ok) {
            set({ assessmentList: result.value })
          } else {
            set({ listMessage: { intent: 'error', text: result.error.message } })
          }
        } catch (error) {
          set({ listMessage: { intent: 'error', text: error instanceof Error ? error.message : String(error) } })
        }
      },
      renameAssessment: (id, name) =>
        act(
          () => api().rename({ id, name }),
          (renamed) => {
            if (get().assessment.id === id) {
              get().editAssessment({ name: renamed.name })
            }
            return `Renamed to "${renamed.name}".`
          },
        ),
      duplicateAssessment: (id) => act(() => api().duplicate({ id }), (copy) => `Saved a copy: "${copy.name}".`),
      deleteAssessment: (id) =>
        act(
          () => api().delete({ id }),
          () => {
            if (get().assessment.id === id) {
              set({ assessment: { ...get().assessment, id: undefined }, saveStatus: { kind: 'idle' } })
            }
            return 'Deleted.'
          },
        ),
      exportAssessments: (ids) =>
        act(
          () => api().export({ ids: [...ids] }),
          (value) => (value.status === 'saved' ? `Exported ${plural(value.count ?? ids.length, 'assessment')} to ${value.fileName}.` : undefined),
        ),
      importAssessments: () =>
        act(
          () => api().import({}),
          (value) => {
            if (value.status === 'canceled') {
              return undefined
            }
            const refused = value.problems.map((problem) => `entry ${problem.index + 1}${problem.name === undefined ? '' : ` ("${problem.name}")`}: ${problem.message}`)
            return [`Imported ${plural(value.imported.length, 'assessment')}.`, ...(refused.length === 0 ? [] : [`Refused ${refused.join('; ')}`])].join(' ')
          },
        ),
    }
  }
}
