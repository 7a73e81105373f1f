/**
 * What the IPC layer needs from the outside world, injected so tests (and the e2e harness) can run
 * the real handlers and guard in plain Node without Electron.
 */

/** The frame that sent a request, as the guard sees it. */
export interface SenderInfo {
  /** The sending frame's URL. */
  readonly url: string
  /** False for subframes: only the window's main frame may call. */
  readonly isMainFrame: boolean
}

/** Side effects the handlers use; main wires Electron's, tests wire fakes. */
export interface MainDeps {
  /** True for the app's own renderer URL (file:// of out/renderer, or the dev server in development). */
  readonly isTrustedSenderUrl: (url: string) => boolean
  /** Shows the native open dialog; resolves to the chosen path, or undefined when canceled. */
  readonly showOpenDialog: () => Promise<string | undefined>
  /** Opens an already-allowlisted https URL in the OS browser. */
  readonly openExternal: (url: string) => Promise<void>
  /** Puts plain text on the OS clipboard (the renderer's clipboard permission stays denied). */
  readonly writeClipboardText: (text: string) => void
  readonly appVersion: string
  readonly platform: string
  /** Today's date (YYYY-MM-DD) on this machine: only the default as-of date, never used by rules. */
  readonly today: () => string
}

/** Handles one request from a sender: guard, validate, handle. Never throws. */
export type Dispatch = (channel: string, request: unknown, sender: SenderInfo) => Promise<unknown>
