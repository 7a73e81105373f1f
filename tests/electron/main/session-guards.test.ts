import { describe, expect, it, vi } from 'vitest'
import type { Session } from 'electron'
import {
  contentSecurityPolicy,
  createCspHeaderInjector,
  createRequestFilter,
  denyPermissionCheck,
  denyPermissionRequest,
  installSessionGuards,
} from '~electron/main/session-guards'
import { createFakeSession } from '~tests/mocks/electron'

const ROOT = 'file:///opt/entra-readiness/out/renderer/'
const PACKAGED = { appRootUrl: ROOT, allowDevTools: false, isDevelopment: false }
const DEVELOPMENT = { appRootUrl: 'http://localhost:5173/', allowDevTools: true, isDevelopment: true }

describe('permission handlers', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen'])('denies a request for %s', (permission) => {
    const callback = vi.fn()
    denyPermissionRequest({}, permission, callback)
    expect(callback).toHaveBeenCalledWith(false)
  })

  it.each(['media', 'clipboard-sanitized-write', 'hid', 'usb'])('denies a check for %s', (permission) => {
    expect(denyPermissionCheck(null, permission)).toBe(false)
  })
})

describe('createRequestFilter', () => {
  function decide(url: string, policy = PACKAGED) {
    const callback = vi.fn()
    createRequestFilter(policy)({ url }, callback)
    return callback.mock.calls[0]?.[0]
  }

  it('lets the app files through', () => {
    expect(decide(`${ROOT}assets/index.js`)).toEqual({ cancel: false })
  })

  it.each(['https://learn.microsoft.com/', 'http://example.com/track.gif', 'file:///etc/passwd'])('cancels %s', (url) => {
    expect(decide(url)).toEqual({ cancel: true })
  })

  it('lets the dev server through in development only', () => {
    expect(decide('http://localhost:5173/src/main.tsx', DEVELOPMENT)).toEqual({ cancel: false })
    expect(decide('http://localhost:5173/src/main.tsx', PACKAGED)).toEqual({ cancel: true })
  })
})

describe('contentSecurityPolicy', () => {
  it('allows only the app itself in a packaged app', () => {
    const csp = contentSecurityPolicy(PACKAGED)
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).toContain("object-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  })

  it('adds the refresh preamble and the hot-reload socket in development', () => {
    const csp = contentSecurityPolicy(DEVELOPMENT)
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline'/)
    expect(csp).toContain("connect-src 'self' ws://localhost:5173")
  })
})

describe('createCspHeaderInjector', () => {
  function respond(url: string, responseHeaders?: Record<string, string[]>) {
    const callback = vi.fn()
    createCspHeaderInjector(DEVELOPMENT)({ url, ...(responseHeaders === undefined ? {} : { responseHeaders }) }, callback)
    return callback.mock.calls[0]?.[0] as { responseHeaders?: Record<string, string[]> }
  }

  it("adds the header to the app's pages, replacing any other CSP", () => {
    const response = respond('http://localhost:5173/', { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] })
    expect(response.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy(DEVELOPMENT)],
    })
  })

  it('leaves other responses unchanged', () => {
    expect(respond('https://example.com/', { 'Content-Type': ['text/html'] })).toEqual({})
  })
})

describe('installSessionGuards', () => {
  it('installs the permission handlers, the request filter and the CSP header', () => {
    const session = createFakeSession()
    installSessionGuards(session as unknown as Session, PACKAGED)
    expect(session.setPermissionRequestHandler).toHaveBeenCalledWith(denyPermissionRequest)
    expect(session.setPermissionCheckHandler).toHaveBeenCalledWith(denyPermissionCheck)
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalledOnce()
  })

  it('cancels a network request through the installed filter', () => {
    const session = createFakeSession()
    installSessionGuards(session as unknown as Session, PACKAGED)
    const filter = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as unknown as ReturnType<typeof createRequestFilter>
    const callback = vi.fn()
    filter({ url: 'https://example.com/' }, callback)
    expect(callback).toHaveBeenCalledWith({ cancel: true })
  })
})
