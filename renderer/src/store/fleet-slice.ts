/**
 * The fleet workspace's state: every saved assessment loaded (a few at a time, unchanged ones
 * kept from the last load), the files and assessments that could not be loaded, the filter, and
 * the whole-fleet export. The matrix itself is derived (`fleet-selectors.ts`).
 *
 * The fleet loads again when the workspace opens, when the list of saved assessments changes
 * while it is shown (a rename, a delete, an import) and after the current assessment is saved.
 */
import type { StateCreator } from 'zustand'
import type { Assessment } from '~shared/assessments/assessment'
import { MAX_BUNDLE_ENTRIES } from '~shared/assessments/bundle-limits'
import type { AssessmentListValue, AssessmentSummaryValue } from '~shared/ipc/assessment-schemas'
import { MAX_LOAD_MANY } from '~shared/ipc/load-limits'
import { NO_FLEET_FILTER, type FleetFilter } from '~shared/report/fleet-filter'
import type { AppExportFormat } from '~shared/report/report-formats'
import { plural } from '~shared/report/report-text'
import { checksFailure, loadChecks } from './checks'
import { mapBounded } from './map-bounded'
import type { WizardDeps, WizardState } from './types'

/** How many `assessments:load-many` requests (of up to `MAX_LOAD_MANY` assessments each) are in flight at once. */
export const FLEET_LOAD_CONCURRENCY = 2

/** A saved assessment (or a file in the folder) the fleet could not show. */
export interface FleetProblem {
  readonly name: string
  readonly message: string
}

/** A message for the user: what an action did, or why it failed. */
export interface FleetMessage {
  readonly intent: 'success' | 'error'
  readonly text: string
}

/** The fleet workspace's state and actions. */
export interface FleetSlice {
  /** The loaded assessments in the list's order (newest first); undefined until the first load ends. */
  readonly fleetAssessments: readonly Assessment[] | undefined
  readonly fleetProblems: readonly FleetProblem[]
  /** How far the running load is; undefined when none runs. */
  readonly fleetLoading: { readonly done: number; readonly total: number } | undefined
  readonly fleetFilter: FleetFilter
  /** What the last export did, or why it failed. */
  readonly fleetMessage: FleetMessage | undefined
  /** Why the last "Open walk" failed. */
  readonly fleetOpenError: string | undefined
  readonly isExportingFleet: boolean
  /** Lists the saved assessments again and loads the ones not loaded yet (or changed since). */
  readonly loadFleet: () => Promise<void>
  readonly setFleetFilter: (changes: Partial<FleetFilter>) => void
  /** Exports one report of the servers the filter shows, through main's save dialog. */
  readonly exportFleet: (format: AppExportFormat, redact: boolean) => Promise<void>
  /** Opens one server's assessment in the walk. */
  readonly openFleetServer: (id: string) => Promise<void>
  /** The user said two rows are runs of one server: `newerId` is saved with `sameServerAs: olderId`. */
  readonly linkFleetRuns: (newerId: string, olderId: string) => Promise<void>
}

type Loaded = { readonly ok: true; readonly assessment: Assessment } | { readonly ok: false; readonly problem: FleetProblem }

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Builds the fleet slice over the app's API; it watches the workspace, the list and saves. */
export function createFleetSlice(deps: WizardDeps): StateCreator<WizardState, [], [], FleetSlice> {
  return (set, get, store) => {
    /** Loaded assessments by id, kept while their `updatedAt` is unchanged. */
    let cache = new Map<string, Assessment>()
    /** Bumped by each load: a load that is no longer the latest drops its results. */
    let generation = 0
    let running: Promise<void> = Promise.resolve()

    /** Requests in flight by id, so a load that overtakes another waits for its answers instead of asking again. */
    const inFlight = new Map<string, { readonly updatedAt: string; readonly loaded: Promise<Loaded> }>()

    /**
     * While the Fleet is shown, each batch's assessments are derived and assessed as they arrive
     * (`fleet-selectors.ts`, the view's own chunk, loaded by then), between the answers still to
     * come, rather than all at once after the last one.
     */
    const prepare = (assessments: readonly Assessment[]) => {
      if (assessments.length > 0 && get().view === 'fleet') {
        void import('./fleet-selectors').then(
          ({ prepareFleetAssessments }) => prepareFleetAssessments(assessments, get),
          () => undefined,
        )
      }
    }

    const problemOf = (entry: AssessmentSummaryValue, reason: string): Loaded => ({ ok: false, problem: { name: entry.name, message: `"${entry.name}" could not be loaded: ${reason}` } })

    /** Loads `batch` in one `assessments:load-many` request; never rejects. */
    const loadBatch = async (batch: readonly AssessmentSummaryValue[]): Promise<ReadonlyMap<string, Loaded>> => {
      const answers = new Map<string, Loaded>()
      try {
        const result = await deps.api.assessments.loadMany({ ids: batch.map((entry) => entry.id) })
        const byId = new Map(result.ok ? result.value.loaded.map((item) => [item.id, item] as const) : [])
        for (const entry of batch) {
          const item = byId.get(entry.id)
          if (!result.ok) {
            answers.set(entry.id, problemOf(entry, result.error.message))
          } else if (item === undefined) {
            answers.set(entry.id, problemOf(entry, 'main did not answer for it'))
          } else if ('error' in item) {
            answers.set(entry.id, problemOf(entry, item.error.message))
          } else {
            // Kept at once: a load overtaken by a newer one still spares the newer one this request.
            cache.set(entry.id, item.assessment)
            answers.set(entry.id, { ok: true, assessment: item.assessment })
          }
        }
      } catch (error) {
        for (const entry of batch) {
          answers.set(entry.id, problemOf(entry, reasonOf(error)))
        }
      }
      prepare([...answers.values()].flatMap((answer) => (answer.ok ? [answer.assessment] : [])))
      return answers
    }

    const loadList = async (list: AssessmentListValue): Promise<void> => {
      generation += 1
      const mine = generation
      const total = list.entries.length
      let done = 0
      const progress = (count: number) => {
        done += count
        // Progress per batch: a long load does not re-render on every one of a thousand answers.
        if (mine === generation) {
          set({ fleetLoading: { done, total } })
        }
      }
      const isCurrent = (entry: AssessmentSummaryValue) => cache.get(entry.id)?.updatedAt === entry.updatedAt
      const isAsked = (entry: AssessmentSummaryValue) => inFlight.get(entry.id)?.updatedAt === entry.updatedAt
      const toAsk = list.entries.filter((entry) => !isCurrent(entry) && !isAsked(entry))
      progress(total - toAsk.length)
      const batches = Array.from({ length: Math.ceil(toAsk.length / MAX_LOAD_MANY) }, (_, index) => toAsk.slice(index * MAX_LOAD_MANY, (index + 1) * MAX_LOAD_MANY))
      // Every batch is sent, even when a newer load overtakes this one: the newer one waits for its answers.
      const answered = mapBounded(batches, FLEET_LOAD_CONCURRENCY, async (batch) => {
        const answers = await loadBatch(batch)
        progress(batch.length)
        return answers
      })
      for (const [index, batch] of batches.entries()) {
        for (const entry of batch) {
          const loaded = answered.then((all) => all[index]?.get(entry.id) ?? problemOf(entry, 'overtaken'))
          inFlight.set(entry.id, { updatedAt: entry.updatedAt, loaded })
          void loaded.finally(() => {
            if (inFlight.get(entry.id)?.loaded === loaded) {
              inFlight.delete(entry.id)
            }
          })
        }
      }
      const results = await Promise.all(
        list.entries.map((entry): Loaded | Promise<Loaded> => {
          const cached = cache.get(entry.id)
          if (cached !== undefined && cached.updatedAt === entry.updatedAt) {
            return { ok: true, assessment: cached }
          }
          return inFlight.get(entry.id)?.loaded ?? problemOf(entry, 'overtaken')
        }),
      )
      // The matrix holds every run's facts to the contract's schema: loaded before the runs are stored.
      const checksProblem = await loadChecks().then(
        () => undefined,
        (error: unknown) => ({ name: 'Install-details checks', message: checksFailure(error) }),
      )
      if (mine !== generation) {
        return
      }
      if (checksProblem !== undefined) {
        set({ fleetAssessments: [], fleetProblems: [checksProblem], fleetLoading: undefined })
        return
      }
      const loaded = results.flatMap((result) => (result.ok ? [result.assessment] : []))
      cache = new Map(loaded.map((assessment) => [assessment.id, assessment]))
      // The same assessments as before keep the same array, so the matrix is not computed again.
      const previous = get().fleetAssessments
      const isUnchanged = previous !== undefined && previous.length === loaded.length && previous.every((assessment, index) => assessment === loaded[index])
      set({
        fleetAssessments: isUnchanged ? previous : loaded,
        fleetProblems: [
          ...list.problems.map((problem) => ({ name: problem.fileName, message: `${problem.fileName}: ${problem.message}` })),
          ...results.flatMap((result) => (result.ok ? [] : [result.problem])),
        ],
        fleetLoading: undefined,
      })
    }

    // What this listener last saw: a set made inside another listener reaches it twice (zustand
    // hands the later listeners the newer state), and each change is acted on once.
    let seenRuns: WizardState['savedRuns'] = undefined
    let seenSaves = 0
    store.subscribe((state, previous) => {
      const [runsChanged, saved] = [state.savedRuns !== seenRuns, state.savedRunsSaves !== seenSaves]
      seenRuns = state.savedRuns
      seenSaves = state.savedRunsSaves
      if (state.view !== 'fleet') {
        return
      }
      if (previous.view !== 'fleet') {
        void get().loadFleet()
      } else if (runsChanged && state.savedRuns !== undefined) {
        running = loadList(state.savedRuns)
      } else if (saved) {
        void get().listSavedRuns()
      }
    })

    return {
      fleetAssessments: undefined,
      fleetProblems: [],
      fleetLoading: undefined,
      fleetFilter: NO_FLEET_FILTER,
      fleetMessage: undefined,
      fleetOpenError: undefined,
      isExportingFleet: false,
      loadFleet: async () => {
        const before = get().savedRuns
        const { list, reason: why } = await get().listSavedRuns()
        if (list === undefined) {
          const reason = why ?? 'the store did not answer'
          set({ fleetAssessments: [], fleetProblems: [{ name: 'Saved assessments', message: `The saved assessments could not be listed: ${reason}` }] })
          return
        }
        // Shown, the workspace's subscription has started the load; else it is started here.
        if (list === before || get().view !== 'fleet') {
          running = loadList(list)
        }
        await running
      },
      setFleetFilter: (changes) => set({ fleetFilter: { ...get().fleetFilter, ...changes } }),
      exportFleet: async (format, redact) => {
        // The matrix (and the rules it evaluates) is the Fleet view's chunk, not the first screen's.
        const { selectVisibleFleetRows } = await import('./fleet-selectors')
        const rows = selectVisibleFleetRows(get())
        if (rows.length === 0) {
          set({ fleetMessage: { intent: 'error', text: 'No servers are listed: clear the filter or save an assessment first.' } })
          return
        }
        if (rows.length > MAX_BUNDLE_ENTRIES) {
          set({ fleetMessage: { intent: 'error', text: `${plural(rows.length, 'server')} are listed; one report holds at most ${MAX_BUNDLE_ENTRIES.toLocaleString('en-US')}. Narrow the list with the filter.` } })
          return
        }
        set({ isExportingFleet: true, fleetMessage: undefined })
        try {
          const { asOf } = get()
          const result = await deps.api.report.export({ ids: rows.map((row) => row.key), format, redact, ...(asOf === undefined ? {} : { asOf }) })
          if (!result.ok) {
            set({ fleetMessage: { intent: 'error', text: `The fleet report was not exported: ${result.error.message}` } })
          } else if (result.value.status === 'saved') {
            set({ fleetMessage: { intent: 'success', text: `Fleet report of ${plural(rows.length, 'server')} saved as ${result.value.fileName}.` } })
          }
        } catch (error) {
          set({ fleetMessage: { intent: 'error', text: `The fleet report was not exported: ${reasonOf(error)}` } })
        } finally {
          set({ isExportingFleet: false })
        }
      },
      linkFleetRuns: async (newerId, olderId) => {
        const newer = get().fleetAssessments?.find((assessment) => assessment.id === newerId)
        if (newer === undefined) {
          return
        }
        // The draft is strict: only the editable fields (main keeps any others the file has).
        const { id, name, customer, serverName, pairWith, inputs, answers, conflictChoices, asOf, notes, rulePack } = newer
        const draft = { id, name, customer, serverName, inputs, answers, asOf, notes, sameServerAs: olderId }
        try {
          const result = await deps.api.assessments.save({
            ...draft,
            ...(pairWith === undefined ? {} : { pairWith }),
            ...(conflictChoices === undefined ? {} : { conflictChoices }),
            ...(rulePack === undefined ? {} : { rulePack }),
          })
          if (!result.ok) {
            set({ fleetMessage: { intent: 'error', text: `The two runs were not joined: ${result.error.message}` } })
            return
          }
          // The walk's copy keeps the link too, so its next save does not drop it.
          get().noteSameServer(newerId, olderId)
          await get().listSavedRuns()
        } catch (error) {
          set({ fleetMessage: { intent: 'error', text: `The two runs were not joined: ${reasonOf(error)}` } })
        }
      },
      openFleetServer: async (id) => {
        set({ fleetOpenError: undefined })
        const reason = await get().openSavedRunInWalk(id)
        if (reason !== undefined) {
          set({ fleetOpenError: `The assessment was not opened: ${reason.replace(/\.?$/, '.')}` })
        }
      },
    }
  }
}
