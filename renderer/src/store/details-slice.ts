/**
 * The server's install-details document: typed in on the form, or opened from a file through main.
 */
import type { StateCreator } from 'zustand'
import type { Provenance } from '../../../shared/rules/evaluate'
import { emptyInstallDetails, type InstallDetails } from '../../../shared/types/install-details'
import {
  EMPTY_TYPED_FACTS,
  parseTypedFact,
  setFact,
  TYPED_FIELD_PATHS,
  TYPED_FIELDS,
  typedFactsFromDetails,
  type TypedFacts,
  type TypedField,
} from './typed-facts'
import type { WizardDeps, WizardState } from './types'

/** The provenance label of facts typed on the form. */
export const TYPED_IN = 'typed in'

/** The file the document came from. */
export interface LoadedFile {
  readonly fileName: string
  /** The server's name in the file, when it gives one. */
  readonly serverName: string | undefined
}

/** The document, where its facts came from, the form's text and the file actions. */
export interface DetailsSlice {
  /** The whole document: a file's extra facts are kept, not only the typed fields. */
  readonly details: InstallDetails
  /** `default` is 'typed in' or the opened file's name; typed fields after a file say 'typed in'. */
  readonly provenance: Provenance
  /** The form's text as typed, so a half-typed version stays visible with its error. */
  readonly typedFacts: TypedFacts
  readonly inputErrors: Readonly<Partial<Record<TypedField, string>>>
  readonly loadedFile: LoadedFile | undefined
  /** main's message when the last open failed; everything entered before is kept. */
  readonly openFileError: string | undefined
  readonly isOpeningFile: boolean
  /** Asks main to show the open dialog and read the chosen file. */
  readonly openFile: () => Promise<void>
  /** Applies typed text: valid facts go into the document, invalid ones get an inline error. */
  readonly setTypedFacts: (facts: Partial<TypedFacts>) => void
  readonly dismissOpenFileError: () => void
  /**
   * Sets one fact from anywhere in the wizard (an answer to a question, a choice in a conflict):
   * `value` undefined means "I don't know" and removes it. `source` is shown as its evidence.
   */
  readonly answerFact: (path: string, value: string | number | boolean | null | undefined, source: string) => void
}

function describeFailure(error: unknown): string {
  return `The file could not be opened: ${error instanceof Error ? error.message : String(error)}`
}

/** Builds the details slice over the app's API. */
export function createDetailsSlice(deps: WizardDeps): StateCreator<WizardState, [], [], DetailsSlice> {
  return (set, get) => ({
    details: emptyInstallDetails(),
    provenance: { default: TYPED_IN },
    typedFacts: EMPTY_TYPED_FACTS,
    inputErrors: {},
    loadedFile: undefined,
    openFileError: undefined,
    isOpeningFile: false,

    openFile: async () => {
      set({ isOpeningFile: true })
      try {
        // The contract types an empty request as Record<string, never>, so `{}` is passed explicitly.
        const result = await deps.api.details.openFile({})
        if (!result.ok) {
          set({ openFileError: result.error.message })
          return
        }
        if (result.value.status === 'canceled') {
          return
        }
        const { details, fileName } = result.value
        set({
          details,
          provenance: { default: fileName },
          typedFacts: typedFactsFromDetails(details),
          inputErrors: {},
          loadedFile: { fileName, serverName: details.server?.name ?? undefined },
          openFileError: undefined,
        })
      } catch (error) {
        set({ openFileError: describeFailure(error) })
      } finally {
        set({ isOpeningFile: false })
      }
    },

    setTypedFacts: (facts) => {
      const state = get()
      let details = state.details
      const typedFacts: Record<TypedField, string> = { ...state.typedFacts }
      const inputErrors: Partial<Record<TypedField, string>> = { ...state.inputErrors }
      const fields: Record<string, string> = { ...state.provenance.fields }
      for (const field of TYPED_FIELDS) {
        const text = facts[field]
        if (text === undefined) {
          continue
        }
        typedFacts[field] = text
        const parsed = parseTypedFact(field, text)
        const path = TYPED_FIELD_PATHS[field]
        // Unknown beats wrong: while the text does not parse, the fact is unknown, not the old value.
        details = setFact(details, path, 'error' in parsed ? undefined : parsed.value)
        fields[path] = TYPED_IN
        if ('error' in parsed) {
          inputErrors[field] = parsed.error
        } else {
          delete inputErrors[field]
        }
      }
      set({ details, typedFacts, inputErrors, provenance: { ...state.provenance, fields } })
    },

    dismissOpenFileError: () => set({ openFileError: undefined }),

    answerFact: (path, value, source) => {
      const state = get()
      const fields: Record<string, string> = { ...state.provenance.fields }
      if (value === undefined) {
        delete fields[path]
      } else {
        fields[path] = source
      }
      set({ details: setFact(state.details, path, value), provenance: { ...state.provenance, fields } })
    },
  })
}
