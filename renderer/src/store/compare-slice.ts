/**
 * The compare workspace's state: which two saved runs are compared (an earlier and a later one),
 * loading each through main, and which date they are evaluated on. The comparison itself is
 * derived in `compare-selectors.ts`.
 *
 * When the workspace is shown it saves the open assessment, lists the saved ones and picks the
 * defaults: the later run is the open assessment (else the newest), the earlier run the newest
 * earlier run of the same server.
 */
import type { StateCreator } from 'zustand'
import type { Assessment } from '~shared/assessments/assessment'
import { isIsoDate, type IsoDate } from '~shared/dates/iso-date'
import { defaultEarlierRun, isSameServer, type CompareDates } from '~shared/report/compare-assessments'
import { loadChecks } from './checks'
import type { WizardDeps, WizardState } from './types'

/** The two runs: `before` is the earlier run, `after` the later. */
export type CompareSide = 'before' | 'after'

/** Where one chosen run stands. */
export type RunLoad =
  | { readonly status: 'none' }
  | { readonly status: 'loading'; readonly id: string }
  | { readonly status: 'loaded'; readonly id: string; readonly assessment: Assessment }
  | { readonly status: 'failed'; readonly id: string; readonly message: string }

/** Which date the runs are evaluated on (see `CompareDates`). */
export type CompareDateMode = CompareDates['mode']

/** The compare workspace's state and actions. */
export interface CompareSlice {
  readonly comparedRuns: Readonly<Record<CompareSide, RunLoad>>
  readonly compareDateMode: CompareDateMode
  /** The one date both runs are evaluated on; undefined follows the header's as-of date. */
  readonly compareAsOf: IsoDate | undefined
  /** True while the workspace saves, lists the assessments and picks its runs. */
  readonly isComparePreparing: boolean
  /** Why the workspace cannot go on (the list could not be read, a run could not be opened in the walk). */
  readonly compareError: string | undefined
  /** Saves, lists and chooses the runs: `laterId` as the later run, else the defaults (or the choice kept). */
  readonly prepareCompare: (laterId?: string) => Promise<void>
  /** Shows the workspace comparing `id` (the later run) with its newest earlier run. */
  readonly compareAssessment: (id: string) => Promise<void>
  /** Chooses one run; choosing another later run picks its earlier run when the current one does not fit. */
  readonly chooseCompareRun: (side: CompareSide, id: string | undefined) => Promise<void>
  /** Makes the earlier run the later one and the other way round. */
  readonly swapCompareRuns: () => Promise<void>
  readonly setCompareDateMode: (mode: CompareDateMode) => void
  /** Sets the common date; anything that is not a calendar date is ignored. */
  readonly setCompareAsOf: (date: string) => void
  /** Opens a run in the walk (and shows the walk), or says why it could not. */
  readonly openRunInWalk: (id: string) => Promise<void>
}

const NONE: RunLoad = { status: 'none' }

function idOf(load: RunLoad): string | undefined {
  return load.status === 'none' ? undefined : load.id
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Builds the compare slice over the app's API; it prepares itself whenever the workspace is shown. */
export function createCompareSlice(deps: WizardDeps): StateCreator<WizardState, [], [], CompareSlice> {
  return (set, get, store) => {
    /** Bumped by each load of a side: an answer for an older request is dropped. */
    const requests: Record<CompareSide, number> = { before: 0, after: 0 }
    let preparations = 0
    /** The open assessment when the runs were last chosen: while it stays open, the choice is kept. */
    let openIdAtChoice: string | undefined
    /** A later run asked for (the Assessments panel's "Compare…") before the workspace was shown. */
    let requested: string | undefined

    const entries = () => get().savedRuns?.entries ?? []
    const nameOf = (id: string) => entries().find((entry) => entry.id === id)?.name ?? id

    const setSide = (side: CompareSide, load: RunLoad) => set({ comparedRuns: { ...get().comparedRuns, [side]: load } })

    const load = async (side: CompareSide, id: string | undefined): Promise<void> => {
      const request = ++requests[side]
      if (id === undefined) {
        setSide(side, NONE)
        return
      }
      setSide(side, { status: 'loading', id })
      const failed = (reason: string): RunLoad => ({ status: 'failed', id, message: `Could not open “${nameOf(id)}”: ${reason}` })
      let next: RunLoad
      try {
        const result = await deps.api.assessments.load({ id })
        if (result.ok) {
          // The comparison holds the run's facts to the contract's schema: loaded before it is shown.
          await loadChecks()
        }
        next = result.ok ? { status: 'loaded', id, assessment: result.value.assessment } : failed(result.error.message)
      } catch (error) {
        next = failed(reasonOf(error))
      }
      if (request === requests[side]) {
        setSide(side, next)
      }
    }

    /** Chooses both runs; a side already showing its run is loaded again only when `isFresh` (the files may have changed). */
    const choose = async (beforeId: string | undefined, afterId: string | undefined, isFresh = false): Promise<void> => {
      openIdAtChoice = get().openRunId()
      const current = get().comparedRuns
      const sides = (['before', 'after'] as const).filter((side) => isFresh || idOf(current[side]) !== (side === 'before' ? beforeId : afterId))
      await Promise.all(sides.map((side) => load(side, side === 'before' ? beforeId : afterId)))
    }

    const earlierFor = (afterId: string | undefined) => {
      const later = entries().find((entry) => entry.id === afterId)
      return later === undefined ? undefined : defaultEarlierRun(later, entries())?.id
    }

    const prepare = async (laterId?: string): Promise<void> => {
      const preparation = ++preparations
      set({ isComparePreparing: true, compareError: undefined })
      const { list, reason: why } = await get().saveAndListRuns()
      if (preparation !== preparations) {
        return
      }
      set({ isComparePreparing: false })
      if (list === undefined) {
        const reason = why ?? 'the list did not arrive'
        set({ compareError: `Could not list the saved assessments: ${reason}` })
        return
      }
      const listed = (id: string | undefined) => id !== undefined && list.entries.some((entry) => entry.id === id)
      const { before, after } = get().comparedRuns
      const openId = get().openRunId()
      if (laterId === undefined && listed(idOf(after)) && openId === openIdAtChoice) {
        await choose(listed(idOf(before)) ? idOf(before) : undefined, idOf(after), true)
        return
      }
      // Unless asked, the open assessment, else the newest run that has another run of its server to compare with.
      const paired = list.entries.find((entry) => earlierFor(entry.id) !== undefined)
      const afterId = laterId ?? (listed(openId) ? openId : (paired ?? list.entries[0])?.id)
      await choose(earlierFor(afterId), afterId, true)
    }

    store.subscribe((state, previous) => {
      if (state.view === 'compare' && previous.view !== 'compare') {
        const laterId = requested
        requested = undefined
        void prepare(laterId)
      }
    })

    return {
      comparedRuns: { before: NONE, after: NONE },
      compareDateMode: 'common',
      compareAsOf: undefined,
      isComparePreparing: false,
      compareError: undefined,
      prepareCompare: prepare,
      compareAssessment: async (id) => {
        if (get().view === 'compare') {
          await prepare(id)
          return
        }
        requested = id
        get().showView('compare')
      },
      chooseCompareRun: (side, id) => {
        const { before, after } = get().comparedRuns
        if (side === 'before') {
          return choose(id, idOf(after))
        }
        const later = entries().find((entry) => entry.id === id)
        const earlier = entries().find((entry) => entry.id === idOf(before))
        const fits = later !== undefined && earlier !== undefined && earlier.id !== later.id && isSameServer(later, earlier)
        return choose(fits ? earlier.id : (earlierFor(id) ?? (idOf(before) === id ? undefined : idOf(before))), id)
      },
      swapCompareRuns: () => {
        const { before, after } = get().comparedRuns
        return choose(idOf(after), idOf(before))
      },
      setCompareDateMode: (mode) => set({ compareDateMode: mode }),
      setCompareAsOf: (date) => {
        if (isIsoDate(date)) {
          set({ compareAsOf: date })
        }
      },
      openRunInWalk: async (id) => {
        set({ compareError: undefined })
        const reason = await get().openSavedRunInWalk(id)
        if (reason !== undefined) {
          set({ compareError: `Could not open “${nameOf(id)}” in the walk: ${reason}` })
        }
      },
    }
  }
}
