/**
 * Guards on the renderer's session: no permissions, no network, and a Content-Security-Policy
 * header on the app's own pages.
 *
 * https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
import type { Session } from 'electron'
import { isAllowedRequestUrl, isAppUrl, type RequestPolicy } from './url-policy'

/**
 * Permissions the app grants: none. (A "copy command" button using `navigator.clipboard` would
 * need `clipboard-sanitized-write` here.)
 */
export const GRANTED_PERMISSIONS: readonly string[] = []

/** The `setPermissionRequestHandler` handler: refuses every permission not granted above. */
export function denyPermissionRequest(_contents: unknown, permission: string, callback: (isGranted: boolean) => void): void {
  callback(GRANTED_PERMISSIONS.includes(permission))
}

/** The `setPermissionCheckHandler` handler: refuses every permission not granted above. */
export function denyPermissionCheck(_contents: unknown, permission: string): boolean {
  return GRANTED_PERMISSIONS.includes(permission)
}

/** What the session guards need to know. */
export interface SessionPolicy extends RequestPolicy {
  /** True in development: the dev server needs an inline React refresh preamble and a hot-reload socket. */
  readonly isDevelopment: boolean
}

/**
 * The renderer page's own policy, exactly as `renderer/index.html` states it in its meta tag
 * (`tests/build/renderer-csp.test.ts` checks that they are the same text).
 */
export const RENDERER_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

/**
 * The packaged app's header: the page's own policy, plus what only a header can say (no framing)
 * and no frames or workers at all. Never looser than the page.
 */
export const RENDERER_HEADER_CSP = `${RENDERER_PAGE_CSP}; frame-src 'none'; worker-src 'none'; frame-ancestors 'none'`

/**
 * The Content-Security-Policy header for the app's pages: {@link RENDERER_HEADER_CSP}, except in
 * development, where the dev server needs inline scripts (the React refresh preamble), inline
 * styles and its hot-reload socket.
 */
export function contentSecurityPolicy(policy: SessionPolicy): string {
  if (!policy.isDevelopment) {
    return RENDERER_HEADER_CSP
  }
  const devSocket = socketOrigin(policy.appRootUrl)
  const directives = [
    "default-src 'none'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    devSocket === undefined ? "connect-src 'self'" : `connect-src 'self' ${devSocket}`,
    "worker-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ]
  return directives.join('; ')
}

function socketOrigin(appRootUrl: string): string | undefined {
  try {
    const root = new URL(appRootUrl)
    return root.protocol === 'https:' ? `wss://${root.host}` : `ws://${root.host}`
  } catch {
    return undefined
  }
}

/** Builds the `onBeforeRequest` listener: cancels every request the policy does not allow. */
export function createRequestFilter(
  policy: RequestPolicy,
): (details: { readonly url: string }, callback: (response: { cancel: boolean }) => void) => void {
  return (details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, policy) })
  }
}

/** Response headers as Electron hands them to `onHeadersReceived`. */
type Headers = Record<string, string[]>

/** Builds the `onHeadersReceived` listener: the app's pages get the CSP header, replacing any other. */
export function createCspHeaderInjector(
  policy: SessionPolicy,
): (details: { readonly url: string; readonly responseHeaders?: Headers }, callback: (response: { responseHeaders?: Headers }) => void) => void {
  const csp = contentSecurityPolicy(policy)
  return (details, callback) => {
    if (!isAppUrl(details.url, policy.appRootUrl)) {
      callback({})
      return
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    )
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } })
  }
}

/** Wires the guards to a session (the default session the window uses). */
export function installSessionGuards(session: Session, policy: SessionPolicy): void {
  session.setPermissionRequestHandler(denyPermissionRequest)
  session.setPermissionCheckHandler(denyPermissionCheck)
  session.webRequest.onBeforeRequest(createRequestFilter(policy))
  session.webRequest.onHeadersReceived(createCspHeaderInjector(policy))
}
