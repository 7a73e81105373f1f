/**
 * The renderer is served from `app://renderer/`, a privileged custom scheme, instead of `file://`
 * (the Electron security checklist's item 18,
 * https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols):
 * a page on `file://` could read any file the user can; a page on `app://renderer/` reaches only
 * the files of the renderer's `out/renderer/` folder, and every response carries the page's CSP.
 *
 * The decisions are pure functions; `registerAppScheme` and `installAppProtocol` only wire them to
 * Electron's `protocol` module.
 */
import fsp from 'node:fs/promises'
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path'
import type { Protocol } from 'electron'

/** The scheme and host the renderer is served under. */
export const APP_SCHEME = 'app'
/** The one host of the scheme: anything else is refused. */
export const APP_HOST = 'renderer'
/** The renderer's root URL: what `isAppUrl` compares against. */
export const APP_ROOT_URL = `${APP_SCHEME}://${APP_HOST}/`
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_ROOT_URL}index.html`

/**
 * The scheme's privileges: a standard, secure origin (like https, so the page is a secure context
 * with its own origin), fetch allowed for the app's own modules. No `bypassCSP`, no CORS, no
 * service workers, no streaming.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const

// An escaped slash, backslash or NUL could step out of the folder once decoded.
const UNSAFE_PATH = /%2f|%5c|%00|\\/i

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * The file under `folder` that `url` names, or undefined when the URL is not the app's (another
 * scheme or host, user info, a port) or its path would leave the folder (`..`, escaped
 * separators, an absolute path). `app://renderer/` is `index.html`.
 */
export function resolveAppFile(folder: string, url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return undefined
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '' || UNSAFE_PATH.test(parsed.pathname)) {
    return undefined
  }
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return undefined
  }
  const inside = normalize(path === '/' ? '/index.html' : path).replace(/^[/\\]+/, '')
  const file = join(folder, inside)
  const fromRoot = relative(folder, file)
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) {
    return undefined
  }
  return file
}

/** Reads a file for a response: a regular file only (never a FIFO or a folder), or undefined. */
export type AppFileReader = (path: string) => Promise<Uint8Array | undefined>

/** The real reader: `lstat` first, so a link, folder or FIFO in the folder is never opened. */
export const readAppFile: AppFileReader = async (path) => {
  try {
    const stats = await fsp.lstat(path)
    return stats.isFile() ? await fsp.readFile(path) : undefined
  } catch {
    return undefined
  }
}

/**
 * Builds the `protocol.handle` handler: the file the URL names, with its content type, `nosniff`
 * and the page's `csp`; 404 for anything else (outside the folder, missing, not a file), 405 for
 * anything but GET and HEAD.
 */
export function createAppProtocolHandler(folder: string, csp: string, read: AppFileReader = readAppFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405 })
    }
    const file = resolveAppFile(folder, request.url)
    const body = file === undefined ? undefined : await read(file)
    if (file === undefined || body === undefined) {
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp } })
    }
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }
}

/** Registers the scheme as privileged: must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
}

/** Serves `folder` under `app://renderer/` on `protocol` (the default session's). */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, folder: string, csp: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(folder, csp))
}
