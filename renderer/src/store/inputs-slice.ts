/**
 * The inputs loaded for this server: files (and server-configuration export folders) opened
 * through main's dialogs, files dropped on the step (read here, never by path), and pasted text. Each becomes a layer of the document.
 */
import type { StateCreator } from 'zustand'
import { anotherServerOf, type AnotherServer } from '~shared/intake/another-server'
import type { ImportOutcome } from '~shared/intake/import-input'
import { toInputFacts } from '~shared/import/input-facts'
import { describeTooLarge, MAX_INPUT_BYTES } from '~shared/import/input-messages'
import type { OpenFileValue } from '~shared/ipc/contract'
import type { Result } from '~shared/ipc/result'
import { checksFailure, currentChecks, loadChecks, withChecks, type DetailsChecks } from './checks'
import { withDerived } from './derive-details'
import { withInput, type InputOrigin, type LoadedInput, type NewInput } from './input-layers'
import type { WizardDeps, WizardState } from './types'

/** The label of pasted text, in messages and evidence. */
export const PASTED_TEXT = 'pasted text'

/** What the store needs of a dropped file (a DOM `File`). */
export type DroppedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>

/** The last input loaded, for the status line. */
export interface LastImport {
  readonly source: string
  readonly serverName: string | undefined
  readonly factCount: number
}

/** The loaded inputs and the ways in. */
export interface InputsSlice {
  readonly inputs: readonly LoadedInput[]
  /** Why the last import failed (naming the file or "pasted text"); everything before is kept. */
  readonly importError: string | undefined
  readonly lastImport: LastImport | undefined
  readonly isOpeningFile: boolean
  /** Asks main to show the open dialog and read the chosen file (any accepted input). */
  readonly openFile: () => Promise<void>
  /** Asks main to show the folder dialog and read the chosen Get-ADSyncServerConfiguration export as one input. */
  readonly openFolder: () => Promise<void>
  /** Reads a dropped file here: refused at once, unread, when it is over the size limit. */
  readonly dropFile: (file: DroppedFile) => Promise<void>
  /** Imports pasted text; resolves to whether it was loaded. */
  readonly pasteText: (text: string) => boolean
  /** Removes one input; the document is merged again without it. */
  readonly removeInput: (id: string) => void
  readonly dismissImportError: () => void
  /**
   * Adds an imported input as the latest layer (also used by the collector). A full document of
   * another server is held back in `otherServerInput` instead, until the user chooses.
   */
  readonly addInput: (input: NewInput) => void
  /** A file from another server than this assessment's, waiting for the user's choice. */
  readonly otherServerInput: (AnotherServer & { readonly input: NewInput }) | undefined
  /** Resolves `otherServerInput`: a new assessment for it (`new`), added here anyway (`add`), or dropped. */
  readonly resolveOtherServer: (choice: 'new' | 'add' | 'cancel') => Promise<void>
}

function failureMessage(what: string, error: unknown): string {
  return `${what}: ${error instanceof Error ? error.message : String(error)}. Try again; everything entered before is kept.`
}

/** Builds the inputs slice over the app's API. */
export function createInputsSlice(deps: WizardDeps): StateCreator<WizardState, [], [], InputsSlice> {
  return (set, get) => {
    const reportChecksFailure = (message: string) => set({ importError: message })
    const keepImported = (label: string, origin: InputOrigin, imported: ImportOutcome<unknown>): boolean => {
      if (!imported.ok) {
        set({ importError: imported.message })
        return false
      }
      get().addInput({ label, origin, format: imported.format, ...toInputFacts(imported.facts, imported.notes) })
      return true
    }

    /** Main's open dialog (a file's or a folder's), then what main read added as an input. */
    const openThroughMain = async (open: () => Promise<Result<OpenFileValue>>, failure: string): Promise<void> => {
      set({ isOpeningFile: true })
      try {
        // The contract types an empty request as Record<string, never>, so `{}` is passed explicitly.
        const result = await open()
        if (!result.ok) {
          set({ importError: result.error.message })
        } else if (result.value.status === 'opened') {
          const { fileName, format, facts, notes } = result.value
          get().addInput({ label: fileName, origin: 'opened', format, facts, notes })
        }
      } catch (error) {
        set({ importError: failureMessage(failure, error) })
      } finally {
        set({ isOpeningFile: false })
      }
    }

    /** The input the user chose to add although it is from another server. */
    let confirmed: NewInput | undefined

    return {
      inputs: [],
      importError: undefined,
      lastImport: undefined,
      isOpeningFile: false,

      otherServerInput: undefined,
      resolveOtherServer: async (choice) => {
        const pending = get().otherServerInput
        set({ otherServerInput: undefined })
        if (pending === undefined || choice === 'cancel' || (choice === 'new' && !(await get().startNewAssessment()))) {
          return
        }
        confirmed = pending.input
        get().addInput(pending.input)
      },

      addInput: (input) =>
        withChecks(() => {
          const state = get()
          // The one place every input comes in: a full document of another server waits for the user.
          const other = input === confirmed ? undefined : anotherServerOf(state.inputs, state.details, input)
          if (other !== undefined) {
            set({ otherServerInput: { ...other, input }, importError: undefined })
            return
          }
          const inputs = withInput(state, input)
          const added = inputs[inputs.length - 1]
          const serverName = input.facts.find((fact) => fact.path === 'server.name')?.value
          set({
            ...withDerived(state, { inputs }),
            importError: undefined,
            lastImport: {
              source: added?.source ?? input.label,
              serverName: typeof serverName === 'string' ? serverName : undefined,
              factCount: input.facts.length,
            },
          })
        }, reportChecksFailure),

      openFile: () => openThroughMain(() => deps.api.details.openFile({}), 'The file could not be opened'),

      openFolder: () => openThroughMain(() => deps.api.details.openFolder({}), 'The folder could not be opened'),

      dropFile: async (file) => {
        if (file.size > MAX_INPUT_BYTES) {
          set({ importError: describeTooLarge(file.name, file.size) })
          return
        }
        let checks: DetailsChecks
        try {
          checks = await loadChecks()
        } catch (error) {
          set({ importError: checksFailure(error) })
          return
        }
        try {
          keepImported(file.name, 'dropped', checks.importInput({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))
        } catch (error) {
          set({ importError: failureMessage(`${file.name} could not be read`, error) })
        }
      },

      pasteText: (text) => {
        if (text.trim() === '') {
          set({ importError: `${PASTED_TEXT}: there is nothing to read. Paste the output of a command, such as Get-ADSyncScheduler, into the box first.` })
          return false
        }
        const checks = currentChecks()
        if (checks === undefined) {
          // Only in the first moments after start (the paste panel loads the checks as it opens):
          // the text stays in the box to be read again.
          void loadChecks().catch(() => undefined)
          set({ importError: `${PASTED_TEXT}: the readers are still loading. Press Load pasted text again in a moment; the text is kept.` })
          return false
        }
        return keepImported(PASTED_TEXT, 'pasted', checks.importInput({ name: PASTED_TEXT, text }))
      },

      removeInput: (id) =>
        withChecks(() => {
          const state = get()
          set(withDerived(state, { inputs: state.inputs.filter((input) => input.id !== id) }))
        }, reportChecksFailure),

      dismissImportError: () => set({ importError: undefined }),
    }
  }
}
