/**
 * The main window's options (secure webPreferences) and the guards on its web contents.
 *
 * The decisions are pure functions taking plain values; the `install*` functions only wire them
 * to Electron's events. Checklist: https://www.electronjs.org/docs/latest/tutorial/security
 */
import type { BrowserWindowConstructorOptions, WebContents, WindowOpenHandlerResponse } from 'electron'
import { isAppUrl, toAllowedExternalUrl } from './url-policy'

/** Smallest window the wizard's layout supports. */
export const MIN_WINDOW_WIDTH = 1024
/** Smallest window height the wizard's layout supports. */
export const MIN_WINDOW_HEIGHT = 700

/** What the window options depend on. */
export interface WindowOptionsInput {
  /** Absolute path of `out/preload/index.cjs`. */
  readonly preloadPath: string
  /** `app.isPackaged`: DevTools are off in a packaged app. */
  readonly isPackaged: boolean
}

/** Builds the BrowserWindow options: sandboxed, isolated, no Node, hidden until ready to show. */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Entra Connect upgrade readiness',
    width: 1280,
    height: 820,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !input.isPackaged,
    },
  }
}

/** What the web-contents guards need: where the app lives and how to open allowed links. */
export interface NavigationPolicy {
  /** The renderer's root URL (see `isAppUrl`). */
  readonly appRootUrl: string
  /** Opens an allowlisted https URL in the OS browser. */
  readonly openExternal: (url: string) => Promise<void>
}

/** The part of an Electron navigation event the guards use. */
export interface NavigationEvent {
  readonly url: string
  preventDefault(): void
}

function openAllowedLink(url: string, policy: NavigationPolicy): void {
  const allowed = toAllowedExternalUrl(url)
  if (allowed !== undefined) {
    // Fire and forget: a browser that fails to start must not break the window.
    policy.openExternal(allowed).catch(() => undefined)
  }
}

/**
 * Builds the `will-navigate` listener: the window never leaves the app. A link to an allowlisted
 * documentation site opens in the OS browser instead.
 */
export function createNavigationGuard(policy: NavigationPolicy): (event: NavigationEvent) => void {
  return (event) => {
    if (isAppUrl(event.url, policy.appRootUrl)) {
      return
    }
    event.preventDefault()
    openAllowedLink(event.url, policy)
  }
}

/** Builds the `will-redirect` listener: redirects away from the app are cancelled, never followed. */
export function createRedirectGuard(policy: Pick<NavigationPolicy, 'appRootUrl'>): (event: NavigationEvent) => void {
  return (event) => {
    if (!isAppUrl(event.url, policy.appRootUrl)) {
      event.preventDefault()
    }
  }
}

/** Builds the window-open handler: new windows are always denied; allowlisted links open in the OS browser. */
export function createWindowOpenHandler(policy: NavigationPolicy): (details: { readonly url: string }) => WindowOpenHandlerResponse {
  return (details) => {
    openAllowedLink(details.url, policy)
    return { action: 'deny' }
  }
}

/** The `will-attach-webview` listener: the app has no webviews, so none may be attached. */
export function preventWebviewAttach(event: { preventDefault(): void }): void {
  event.preventDefault()
}

/** Wires the guards to one web contents (the main window, and any other that is ever created). */
export function installWebContentsGuards(contents: WebContents, policy: NavigationPolicy): void {
  contents.on('will-navigate', createNavigationGuard(policy))
  contents.on('will-redirect', createRedirectGuard(policy))
  contents.on('will-attach-webview', preventWebviewAttach)
  contents.setWindowOpenHandler(createWindowOpenHandler(policy))
}
