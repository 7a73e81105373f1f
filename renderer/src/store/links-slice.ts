/**
 * Opening a source article in the OS browser, through main (which allowlists the hosts), and
 * copying text to the clipboard through main.
 */
import type { StateCreator } from 'zustand'
import type { WizardDeps, WizardState } from './types'

/** The link action and its last error. */
export interface LinksSlice {
  readonly linkError: string | undefined
  /** Asks main to open `url` in the OS browser. */
  readonly openLink: (url: string) => Promise<void>
  readonly dismissLinkError: () => void
  /** Asks main to put `text` on the clipboard; resolves to whether it worked. */
  readonly copyText: (text: string) => Promise<boolean>
}

/** Builds the links slice over the app's API. */
export function createLinksSlice(deps: WizardDeps): StateCreator<WizardState, [], [], LinksSlice> {
  return (set) => ({
    linkError: undefined,
    openLink: async (url) => {
      try {
        const result = await deps.api.link.openExternal({ url })
        set({ linkError: result.ok ? undefined : result.error.message })
      } catch (error) {
        set({ linkError: error instanceof Error ? error.message : String(error) })
      }
    },
    dismissLinkError: () => set({ linkError: undefined }),
    copyText: async (text) => {
      try {
        return (await deps.api.clipboard.writeText({ text })).ok
      } catch {
        return false
      }
    },
  })
}
