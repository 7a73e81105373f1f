/**
 * The current assessment: its identity, name, customer and notes, saved through main on every
 * change of its parts (inputs, typed values, answers, ticks, role, as-of date, notes), debounced,
 * with a status the header shows. A new assessment is created by the first change with content.
 */
import { assessServer } from '~shared/assess'
import { userDateFormatter } from '../components/locale-date'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { packChangeSince, type PackChange, type PackRef } from '~shared/rules/pack/pack-change'
import type { StateCreator } from 'zustand'
import type { Assessment } from '~shared/assessments/assessment'
import { fromDraft, hasContent, toDraft, type AssessmentMeta, type AssessmentParts } from './assessment-document'
import { loadChecks } from './checks'
import { withDerived } from './derive-details'
import type { WizardDeps, WizardState } from './types'

/** How long the store waits after the last change before it saves. */
export const AUTOSAVE_DELAY_MS = 500
/** The name a new assessment gets when the server's name is not known yet. */
export const UNTITLED = 'Untitled assessment'

/** Where saving stands. */
export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly reason: string }

/** The current assessment and its actions. */
export interface AssessmentSlice {
  readonly assessment: AssessmentMeta
  readonly saveStatus: SaveStatus
  /** Counts opened assessments, so inputs showing store values (the as-of date) can re-read them. */
  readonly assessmentLoads: number
  /** Changes the name, customer, staging partner or notes (saved like any other change). */
  readonly editAssessment: (changes: Partial<Pick<AssessmentMeta, 'name' | 'customer' | 'pairWith' | 'notes'>>) => void
  /**
   * Saves the current assessment, then starts an empty one (the next server of a visit): inputs,
   * typed values, answers and ticks are cleared, the as-of date goes back to today; the role stays.
   * When the save fails nothing is cleared (false; the save status says why).
   */
  readonly startNewAssessment: () => Promise<boolean>
  /**
   * Opens a saved assessment: its inputs, answers, ticks, role and as-of date replace the current
   * ones, once they are saved (false, and nothing replaced, when that save or the load fails).
   */
  readonly openAssessment: (id: string) => Promise<boolean>
  /**
   * Opens a saved assessment and shows it in the walk, from whichever workspace asked; answers
   * undefined when it opened, else why not (what the save status says).
   */
  readonly openInWalk: (id: string) => Promise<string | undefined>
  /** Saves now if anything changed since the last save (also what the debounce runs). */
  readonly saveNow: () => Promise<void>
  /** Set on opening an assessment saved with another rule pack: what the pack in use decides differently. */
  readonly packChange: PackChange | undefined
  readonly dismissPackChange: () => void
}

function partsOf(state: WizardState): AssessmentParts {
  const { inputs, typedValues, answers, conflictChoices, ticks, role, asOf, rulePack } = state
  return { inputs, typedValues, answers, conflictChoices, ticks, role, asOf, rulePack }
}

function partsChanged(state: WizardState, previous: WizardState): boolean {
  const now = partsOf(state)
  const before = partsOf(previous)
  const meta = state.assessment
  const metaBefore = previous.assessment
  // The id main gives a new assessment is not a change of the user's.
  const isMetaChanged = meta.name !== metaBefore.name || meta.customer !== metaBefore.customer || meta.pairWith !== metaBefore.pairWith || meta.notes !== metaBefore.notes
  return isMetaChanged || (Object.keys(now) as (keyof AssessmentParts)[]).some((key) => now[key] !== before[key])
}

/**
 * What the pack in use decides differently from the pack `recorded` with the assessment: compared
 * finding by finding when that pack is the built-in one (its data are here), else only named.
 */
function packChangeOnOpen(state: WizardState, recorded: PackRef | undefined): PackChange | undefined {
  const asOf = state.asOf
  if (asOf === undefined) {
    return undefined
  }
  return packChangeSince(recorded, state.rulePack, [BUILT_IN_PACK], (pack) => assessServer(state.details, asOf, pack, state.provenance, userDateFormatter()))
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const NEW_ASSESSMENT: AssessmentMeta = { id: undefined, name: '', customer: '', pairWith: '', notes: '' }

/** Builds the assessment slice over the app's API; it watches the store and saves after changes. */
export function createAssessmentSlice(deps: WizardDeps): StateCreator<WizardState, [], [], AssessmentSlice> {
  return (set, get, store) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastSaved = ''
    /** The status to go back to when a scheduled save finds nothing new to write. */
    let settled: SaveStatus = { kind: 'idle' }
    let running: Promise<void> = Promise.resolve()
    /** True while the store applies a restore or a save's answer: those are not the user's changes. */
    let isApplying = false

    const serverNameOf = (state: WizardState) => {
      const name = state.details.server?.name
      return typeof name === 'string' ? name : ''
    }

    const saveOnce = async (): Promise<void> => {
      const state = get()
      const meta = state.assessment
      // A practice scenario is never saved; neither is an empty new assessment.
      if (state.practiceId !== undefined || (meta.id === undefined && !hasContent(partsOf(state), meta.notes))) {
        set({ saveStatus: settled })
        return
      }
      const serverName = serverNameOf(state)
      const name = meta.name.trim() === '' ? serverName.trim() || UNTITLED : meta.name
      const draft = toDraft(partsOf(state), { ...meta, name }, serverName)
      const text = JSON.stringify(draft)
      if (text === lastSaved) {
        set({ saveStatus: settled })
        return
      }
      set({ saveStatus: { kind: 'saving' } })
      try {
        const result = await deps.api.assessments.save(draft)
        if (!result.ok) {
          settled = { kind: 'failed', reason: result.error.message }
          set({ saveStatus: settled })
          return
        }
        settled = { kind: 'saved', at: result.value.updatedAt }
        lastSaved = JSON.stringify({ id: result.value.id, ...draft })
        // Only the identity is taken over: edits made while the save ran stay and are saved next.
        const current = get().assessment
        isApplying = true
        set({ assessment: { ...current, id: result.value.id, name: current.name.trim() === '' ? name : current.name }, saveStatus: settled })
        isApplying = false
      } catch (error) {
        settled = { kind: 'failed', reason: reasonOf(error) }
        set({ saveStatus: settled })
      }
    }

    /** True when the current assessment has changes main has not saved (edits made during a save included). */
    const isUnsaved = (): boolean => {
      const state = get()
      const meta = state.assessment
      if (state.practiceId !== undefined) {
        return false
      }
      if (meta.id === undefined) {
        return hasContent(partsOf(state), meta.notes)
      }
      const serverName = serverNameOf(state)
      const name = meta.name.trim() === '' ? serverName.trim() || UNTITLED : meta.name
      return JSON.stringify(toDraft(partsOf(state), { ...meta, name }, serverName)) !== lastSaved
    }

    /** Saves until nothing is left unsaved; false when a save fails (the current work must then stay). */
    const flush = async (): Promise<boolean> => {
      for (let attempt = 0; attempt < 3 && isUnsaved(); attempt += 1) {
        await saveNow()
        if (get().saveStatus.kind === 'failed') {
          return false
        }
      }
      return !isUnsaved()
    }

    const saveNow = (): Promise<void> => {
      clearTimeout(timer)
      timer = undefined
      running = running.then(saveOnce)
      return running
    }

    store.subscribe((state, previous) => {
      if (!isApplying && state.practiceId === undefined && partsChanged(state, previous)) {
        // Changes waiting for the debounce are not saved yet: the status says so at once.
        if (state.saveStatus.kind !== 'saving' && (state.assessment.id !== undefined || hasContent(partsOf(state), state.assessment.notes))) {
          set({ saveStatus: { kind: 'saving' } })
        }
        clearTimeout(timer)
        timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
      }
    })

    const restore = (assessment: Assessment) => {
      const parts = fromDraft(assessment)
      const { typedFacts, ...layers } = parts
      const state = get()
      isApplying = true
      try {
        set({
          ...withDerived(state, { inputs: layers.inputs, typedValues: layers.typedValues, answers: layers.answers, conflictChoices: layers.conflictChoices }),
          typedFacts,
          inputErrors: {},
          ticks: layers.ticks,
          role: layers.role ?? state.role,
          asOf: layers.asOf ?? state.appInfo?.today ?? state.asOf,
          practiceId: undefined,
          assessment: {
            id: assessment.id,
            name: assessment.name,
            customer: assessment.customer,
            pairWith: assessment.pairWith ?? '',
            notes: assessment.notes,
            ...(assessment.sameServerAs === undefined ? {} : { sameServerAs: assessment.sameServerAs }),
          },
          saveStatus: (settled = { kind: 'saved', at: assessment.updatedAt }),
          assessmentLoads: state.assessmentLoads + 1,
        })
        set({ packChange: packChangeOnOpen(get(), assessment.rulePack) })
      } finally {
        isApplying = false
      }
      lastSaved = JSON.stringify(toDraft(partsOf(get()), get().assessment, serverNameOf(get())))
    }

    return {
      assessment: NEW_ASSESSMENT,
      saveStatus: { kind: 'idle' },
      assessmentLoads: 0,
      packChange: undefined,
      dismissPackChange: () => set({ packChange: undefined }),
      editAssessment: (changes) => set({ assessment: { ...get().assessment, ...changes } }),
      saveNow,
      startNewAssessment: async () => {
        if (!(await flush())) {
          return false
        }
        clearTimeout(timer)
        const state = get()
        isApplying = true
        try {
          set({
            ...withDerived(state, { inputs: [], typedValues: {}, answers: {}, conflictChoices: {} }),
            typedFacts: {},
            inputErrors: {},
            ticks: {},
            practiceId: undefined,
            asOf: state.appInfo?.today ?? state.asOf,
            assessment: NEW_ASSESSMENT,
            packChange: undefined,
            saveStatus: (settled = { kind: 'idle' }),
            assessmentLoads: state.assessmentLoads + 1,
            step: 'details',
            ...(state.view === 'walk' ? {} : { view: 'walk' as const, viewSwitches: state.viewSwitches + 1 }),
          })
        } finally {
          isApplying = false
        }
        lastSaved = ''
        return true
      },
      openInWalk: async (id) => {
        if (await get().openAssessment(id)) {
          get().showView('walk')
          return undefined
        }
        const status = get().saveStatus
        return status.kind === 'failed' ? status.reason : 'the current assessment could not be saved first'
      },
      openAssessment: async (id) => {
        if (!(await flush())) {
          return false
        }
        try {
          const result = await deps.api.assessments.load({ id })
          if (!result.ok) {
            set({ saveStatus: { kind: 'failed', reason: result.error.message } })
            return false
          }
          // Its facts are held to the contract's schema: loaded by now, or loaded here first.
          await loadChecks()
          clearTimeout(timer)
          restore(result.value.assessment)
          return true
        } catch (error) {
          set({ saveStatus: { kind: 'failed', reason: reasonOf(error) } })
          return false
        }
      },
    }
  }
}
