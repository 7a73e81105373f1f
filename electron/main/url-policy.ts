/**
 * Which URLs the app may show, load, be called from, or hand to the OS browser. Pure: no Electron.
 *
 * Every security check on URLs goes through here, so the window guards, the session filter, the
 * IPC sender check and the `link:open-external` handler can never disagree.
 */
import { EXTERNAL_LINK_HOSTS } from '~shared/ipc/contract'

/** Longest external link the app opens (the contract's request limit). */
export const MAX_EXTERNAL_URL_LENGTH = 2048

// White space and control characters are refused outright: the URL parser silently drops tabs and
// newlines (https://url.spec.whatwg.org/#concept-basic-url-parser), so what it checks and what the
// OS would be handed could differ.
const UNSAFE_CHARACTERS = /[\s\p{Cc}]/u

// An escaped slash or backslash in a file URL's path could step out of the app's folder once the
// OS decodes it; the URL parser does not treat them as separators.
const ESCAPED_SEPARATOR = /%2f|%5c|\\/i

// Windows file URLs carry a drive letter (`file:///C:/...`); paths there compare case-insensitively.
const WINDOWS_DRIVE_PATH = /^\/[a-z]:\//i

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}

/**
 * The normalized form of an external link the app may open, or undefined when it may not.
 *
 * Allowed: https only, host exactly one of `EXTERNAL_LINK_HOSTS` (no look-alikes, no subdomains),
 * no user name or password, no explicit port, no white space or control characters.
 */
export function toAllowedExternalUrl(url: string): string | undefined {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH || UNSAFE_CHARACTERS.test(url)) {
    return undefined
  }
  const parsed = parseUrl(url)
  const isAllowed =
    parsed !== undefined &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_LINK_HOSTS.includes(parsed.hostname)
  return isAllowed ? parsed.href : undefined
}

/** True when `url` is a link the app may open in the OS browser (see `toAllowedExternalUrl`). */
export function isAllowedExternalUrl(url: string): boolean {
  return toAllowedExternalUrl(url) !== undefined
}

function isInsideFileRoot(target: URL, root: URL): boolean {
  if (target.protocol !== 'file:' || target.host !== root.host || ESCAPED_SEPARATOR.test(target.pathname)) {
    return false
  }
  const rootPath = root.pathname.endsWith('/') ? root.pathname : `${root.pathname}/`
  return WINDOWS_DRIVE_PATH.test(rootPath)
    ? target.pathname.toLowerCase().startsWith(rootPath.toLowerCase())
    : target.pathname.startsWith(rootPath)
}

/**
 * True when `url` belongs to the app's own renderer.
 *
 * `appRootUrl` is the app's own scheme (`app://renderer/`: the URL must have that scheme and host,
 * and no user info or port; the protocol handler keeps paths inside the renderer folder), a folder
 * as a file URL (`file:///.../out/renderer/`: the URL must lie inside it), or the dev server
 * (`http://localhost:5173/`: the URL must share its origin).
 */
export function isAppUrl(url: string, appRootUrl: string): boolean {
  const target = parseUrl(url)
  const root = parseUrl(appRootUrl)
  if (target === undefined || root === undefined) {
    return false
  }
  if (root.protocol === 'app:') {
    return target.protocol === 'app:' && target.host === root.host && target.username === '' && target.password === '' && target.port === ''
  }
  if (root.protocol === 'file:') {
    return isInsideFileRoot(target, root)
  }
  return (root.protocol === 'http:' || root.protocol === 'https:') && target.origin === root.origin
}

/** What the session's request filter needs to know. */
export interface RequestPolicy {
  /** The renderer's root: `app://renderer/`, or the dev server URL in development. */
  readonly appRootUrl: string
  /** DevTools pages load from `devtools://`; allowed only where DevTools are (not packaged). */
  readonly allowDevTools: boolean
}

/**
 * True when the renderer may load `url`: the app's own files (or dev server, with its hot-reload
 * socket), inline `data:`/`blob:` resources (no network; the CSP governs them) and, in
 * development, DevTools. Everything else, above all any network request, is cancelled.
 */
export function isAllowedRequestUrl(url: string, policy: RequestPolicy): boolean {
  const target = parseUrl(url)
  if (target === undefined) {
    return false
  }
  switch (target.protocol) {
    case 'data:':
    case 'blob:':
      return true
    case 'devtools:':
      return policy.allowDevTools
    case 'ws:':
    case 'wss:': {
      const root = parseUrl(policy.appRootUrl)
      return root !== undefined && root.protocol.startsWith('http') && target.host === root.host
    }
    default:
      return isAppUrl(url, policy.appRootUrl)
  }
}

/**
 * The dev server URL to load, or undefined when there is none or it is not a loopback http URL.
 *
 * electron-vite sets `ELECTRON_RENDERER_URL` in development. Anything else (a remote host, another
 * scheme) is ignored, so an environment variable can never point the app at foreign content.
 */
export function toDevServerUrl(value: string | undefined): string | undefined {
  const parsed = value === undefined ? undefined : parseUrl(value)
  const isLoopback =
    parsed !== undefined &&
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) &&
    parsed.username === '' &&
    parsed.password === ''
  return isLoopback ? parsed.href : undefined
}
