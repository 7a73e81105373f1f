/**
 * What the IPC layer needs from the outside world, injected so tests (and the e2e harness) can run
 * the real handlers and guard in plain Node without Electron.
 */
import type { EventName, EventPayload } from '~shared/ipc/events'
import type { Result } from '~shared/ipc/result'
import type { AssessmentStore } from '../services/assessment-store/assessment-store'
import type { RulePackStore } from '../services/rule-pack-store'

/** The frame that sent a request, as the guard sees it. */
export interface SenderInfo {
  /** The sending frame's URL. */
  readonly url: string
  /** False for subframes: only the window's main frame may call. */
  readonly isMainFrame: boolean
}

/** What the collector handler asks the runner for: one run of the script, writing `outFile`. */
export interface CollectorProcessRequest {
  readonly scriptPath: string
  readonly outFile: string
  /** The private temp folder `outFile` is in: the collector's working directory. */
  readonly workingDirectory: string
  readonly signal: AbortSignal
  /** Each line the collector prints, for the progress display. */
  readonly onOutput: (line: string) => void
}

/** How a save dialog is shown: its title and the file types it offers (the collector script's when left out). */
export interface SaveDialogOptions {
  readonly title?: string
  readonly filters?: readonly { readonly name: string; readonly extensions: readonly string[] }[]
}

/** How an open dialog is shown: its title and the file types it offers. */
export interface OpenDialogOptions {
  readonly title: string
  readonly filters: readonly { readonly name: string; readonly extensions: readonly string[] }[]
}

/** Side effects the handlers use; main wires Electron's, tests wire fakes. */
export interface MainDeps {
  /** True for the app's own renderer URL (file:// of out/renderer, or the dev server in development). */
  readonly isTrustedSenderUrl: (url: string) => boolean
  /** Shows the native open dialog (install details unless `options` say otherwise); resolves to the chosen path, or undefined when canceled. */
  readonly showOpenDialog: (options?: OpenDialogOptions) => Promise<string | undefined>
  /** Shows the native open dialog for a folder (a server-configuration export); resolves to its path, or undefined when canceled. */
  readonly showOpenFolderDialog: () => Promise<string | undefined>
  /** Opens an already-allowlisted https URL in the OS browser. */
  readonly openExternal: (url: string) => Promise<void>
  /** Puts plain text on the OS clipboard (the renderer's clipboard permission stays denied). */
  readonly writeClipboardText: (text: string) => void
  readonly appVersion: string
  readonly platform: string
  /** Today's date (YYYY-MM-DD) on this machine: only the default as-of date, never used by rules. */
  readonly today: () => string
  /** Shows the native save dialog offering `defaultFileName`; resolves to the chosen path, or undefined. */
  readonly showSaveDialog: (defaultFileName: string, options?: SaveDialogOptions) => Promise<string | undefined>
  /** The rule packs: built in, imported (verified, under the app's user data) and the trusted keys. */
  readonly rulePacks: RulePackStore
  /** The saved assessments (one folder under the app's user data). */
  readonly assessments: AssessmentStore
  /** The bundled collector script (resources in a packaged app, build/collector/ in development). */
  readonly collectorScriptPath: string
  /** Runs the collector process (Windows only: the handler checks `platform` first). */
  readonly runCollector: (request: CollectorProcessRequest) => Promise<Result<null>>
  /**
   * Prints a self-contained HTML document to PDF (Chromium in a hidden, locked-down window: see
   * services/print-to-pdf.ts); rejects with a readable reason when it cannot.
   */
  readonly printToPdf: (html: string) => Promise<Uint8Array>
  /** Sends a main → renderer event to the app's window. */
  readonly sendEvent: <E extends EventName>(event: E, payload: EventPayload<E>) => void
}

/** Handles one request from a sender: guard, validate, handle. Never throws. */
export type Dispatch = (channel: string, request: unknown, sender: SenderInfo) => Promise<unknown>
