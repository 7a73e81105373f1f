/**
 * The collector: showing, copying and saving its script, and running it on this server (Windows
 * only) with progress lines and cancel. What it collects becomes an input like an opened file.
 */
import type { StateCreator } from 'zustand'
import type { CollectorScript } from '~shared/ipc/input-schemas'
import type { WizardDeps, WizardState } from './types'

/** The label of the collector's output, in the inputs list and the evidence. */
export const COLLECTED_HERE = 'collected on this server'

/** Where a collector run is. */
export type CollectorStatus = 'idle' | 'running' | 'done' | 'failed' | 'canceled'

/** The most progress lines kept (the collector prints a few dozen). */
export const MAX_PROGRESS_LINES = 200

/** The collector's state and actions. */
export interface CollectorSlice {
  readonly collectorStatus: CollectorStatus
  readonly collectorLines: readonly string[]
  /** What went wrong in the last run, and what to do instead. */
  readonly collectorError: string | undefined
  /** The script, once asked for (show and copy). */
  readonly collectorScript: CollectorScript | undefined
  /** Why the script could not be read or saved. */
  readonly collectorScriptError: string | undefined
  /** The file name the script was last saved as. */
  readonly collectorScriptSavedAs: string | undefined
  /** Runs the collector through main; its facts become the latest input. */
  readonly runCollector: () => Promise<void>
  /** Asks main to stop the run in progress. */
  readonly cancelCollector: () => Promise<void>
  /** Reads the script from main (once). */
  readonly loadCollectorScript: () => Promise<void>
  /** Asks main to save the script where the user chooses in its dialog. */
  readonly saveCollectorScript: () => Promise<void>
  /** Puts the script on the clipboard (through main); resolves to whether it worked. */
  readonly copyCollectorScript: () => Promise<boolean>
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Builds the collector slice over the app's API. */
export function createCollectorSlice(deps: WizardDeps): StateCreator<WizardState, [], [], CollectorSlice> {
  return (set, get) => ({
    collectorStatus: 'idle',
    collectorLines: [],
    collectorError: undefined,
    collectorScript: undefined,
    collectorScriptError: undefined,
    collectorScriptSavedAs: undefined,

    runCollector: async () => {
      if (get().collectorStatus === 'running') {
        return
      }
      set({ collectorStatus: 'running', collectorLines: [], collectorError: undefined })
      const unsubscribe = deps.api.collector.onProgress(({ line }) =>
        set((state) => ({ collectorLines: [...state.collectorLines, line].slice(-MAX_PROGRESS_LINES) })),
      )
      try {
        const result = await deps.api.collector.run({})
        if (result.ok) {
          const { format, facts, notes } = result.value
          get().addInput({ label: COLLECTED_HERE, origin: 'collected', format, facts, notes })
          set({ collectorStatus: 'done' })
        } else {
          set({ collectorStatus: result.error.code === 'canceled' ? 'canceled' : 'failed', collectorError: result.error.message })
        }
      } catch (error) {
        set({ collectorStatus: 'failed', collectorError: `The collector could not be run: ${describe(error)}` })
      } finally {
        unsubscribe()
      }
    },

    cancelCollector: async () => {
      try {
        await deps.api.collector.cancel({})
      } catch (error) {
        set({ collectorError: `The collector could not be canceled: ${describe(error)}` })
      }
    },

    loadCollectorScript: async () => {
      if (get().collectorScript !== undefined) {
        return
      }
      try {
        const result = await deps.api.collector.getScript({})
        set(result.ok ? { collectorScript: result.value, collectorScriptError: undefined } : { collectorScriptError: result.error.message })
      } catch (error) {
        set({ collectorScriptError: `The script could not be read: ${describe(error)}` })
      }
    },

    copyCollectorScript: async () => {
      await get().loadCollectorScript()
      const script = get().collectorScript
      return script === undefined ? false : get().copyText(script.text)
    },

    saveCollectorScript: async () => {
      try {
        const result = await deps.api.collector.saveScript({})
        if (!result.ok) {
          set({ collectorScriptError: result.error.message })
        } else if (result.value.status === 'saved') {
          set({ collectorScriptSavedAs: result.value.fileName, collectorScriptError: undefined })
        }
      } catch (error) {
        set({ collectorScriptError: `The script could not be saved: ${describe(error)}` })
      }
    },
  })
}
