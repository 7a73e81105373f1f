/**
 * Opening a source article in the OS browser, through main (which allowlists the hosts), and
 * copying text to the clipboard or saving it to a file through main.
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
  /**
   * Asks main to save `text` through its save dialog, suggesting `suggestedName`; resolves to what
   * to tell the user (undefined when they canceled).
   */
  readonly saveTextFile: (text: string, suggestedName: string) => Promise<SaveTextOutcome | undefined>
}

/** What saving a text file did, for the message beside the button. */
export interface SaveTextOutcome {
  readonly intent: 'success' | 'error'
  readonly text: string
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
    saveTextFile: async (text, suggestedName) => {
      try {
        const result = await deps.api.file.saveText({ text, suggestedName })
        if (!result.ok) {
          return { intent: 'error', text: result.error.message }
        }
        return result.value.status === 'saved' ? { intent: 'success', text: `Saved as ${result.value.fileName}.` } : undefined
      } catch (error) {
        return { intent: 'error', text: `The file could not be saved: ${error instanceof Error ? error.message : String(error)}` }
      }
    },
  })
}
