/**
 * The as-of date every rule is evaluated on, and the app's own details from main.
 */
import type { StateCreator } from 'zustand'
import { isIsoDate, type IsoDate } from '~shared/dates/iso-date'
import type { AppInfo } from '~shared/ipc/contract'
import type { WizardDeps, WizardState } from './types'

/** The as-of date and app info. */
export interface SettingsSlice {
  /** Undefined until app info arrives (its `today` is the default). */
  readonly asOf: IsoDate | undefined
  readonly appInfo: AppInfo | undefined
  /** Set when app info could not be read; the as-of date then falls back to the rule pack's date. */
  readonly appInfoError: string | undefined
  /** Reads app info from main and, unless the user already chose one, sets the as-of date to today. */
  readonly loadAppInfo: () => Promise<void>
  /** Changes the as-of date; an emptied input goes back to today, anything else that is not a calendar date is ignored. */
  readonly setAsOf: (date: string) => void
  /** Sets the as-of date back to today (main's date). */
  readonly backToToday: () => void
  /** Counts returns to today, so the date input (uncontrolled) can show the date again. */
  readonly asOfResets: number
}

/** Builds the settings slice over the app's API. */
export function createSettingsSlice(deps: WizardDeps): StateCreator<WizardState, [], [], SettingsSlice> {
  return (set, get) => ({
    asOf: undefined,
    appInfo: undefined,
    appInfoError: undefined,

    loadAppInfo: async () => {
      const fallBack = (message: string) =>
        set({ appInfoError: message, asOf: get().asOf ?? get().rulePack.asOf })
      try {
        const result = await deps.api.app.getInfo({})
        if (!result.ok) {
          fallBack(result.error.message)
          return
        }
        set({ appInfo: result.value, appInfoError: undefined, asOf: get().asOf ?? result.value.today })
      } catch (error) {
        fallBack(error instanceof Error ? error.message : String(error))
      }
    },

    setAsOf: (date) => {
      if (isIsoDate(date)) {
        set({ asOf: date })
      } else if (date === '') {
        // A cleared date means today (never the last date that was typed).
        get().backToToday()
      }
    },
    asOfResets: 0,
    backToToday: () => set({ asOf: get().appInfo?.today ?? get().asOf, asOfResets: get().asOfResets + 1 }),
  })
}
