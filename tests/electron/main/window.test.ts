import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import {
  createNavigationGuard,
  createRedirectGuard,
  createWindowOpenHandler,
  createWindowOptions,
  installWebContentsGuards,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  preventWebviewAttach,
} from '~electron/main/window'
import { FakeWebContents } from '~tests/mocks/electron'

const ROOT = 'file:///opt/entra-readiness/out/renderer/'
const DOCS = 'https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-version-history'

function fakePolicy() {
  return { appRootUrl: ROOT, openExternal: vi.fn(async (_url: string) => undefined) }
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() }
}

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preloadPath: '/opt/app/out/preload/index.cjs', isPackaged: true })

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    })
  })

  it('uses the built preload and stays hidden until ready to show', () => {
    expect(options.webPreferences?.preload).toBe('/opt/app/out/preload/index.cjs')
    expect(options.show).toBe(false)
  })

  it('keeps the window at least 1024 by 700', () => {
    expect([options.minWidth, options.minHeight]).toEqual([MIN_WINDOW_WIDTH, MIN_WINDOW_HEIGHT])
    expect([MIN_WINDOW_WIDTH, MIN_WINDOW_HEIGHT]).toEqual([1024, 700])
  })

  it('turns DevTools off when packaged and on in development', () => {
    expect(options.webPreferences?.devTools).toBe(false)
    expect(createWindowOptions({ preloadPath: '/p', isPackaged: false }).webPreferences?.devTools).toBe(true)
  })
})

describe('createNavigationGuard', () => {
  it('lets the app navigate within itself', () => {
    const event = navigationEvent(`${ROOT}index.html#/results`)
    createNavigationGuard(fakePolicy())(event)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('blocks a foreign page and opens nothing', () => {
    const policy = fakePolicy()
    const event = navigationEvent('https://evil.example.com/')
    createNavigationGuard(policy)(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(policy.openExternal).not.toHaveBeenCalled()
  })

  it('blocks a documentation link in the window and opens it in the OS browser', () => {
    const policy = fakePolicy()
    const event = navigationEvent(DOCS)
    createNavigationGuard(policy)(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(policy.openExternal).toHaveBeenCalledWith(DOCS)
  })

  it('blocks a local file outside the app', () => {
    const event = navigationEvent('file:///etc/passwd')
    createNavigationGuard(fakePolicy())(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('survives a browser that fails to open', async () => {
    const policy = { appRootUrl: ROOT, openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) }
    expect(() => createNavigationGuard(policy)(navigationEvent(DOCS))).not.toThrow()
    await Promise.resolve()
  })
})

describe('createRedirectGuard', () => {
  it('cancels a redirect away from the app, even to documentation', () => {
    const event = navigationEvent(DOCS)
    createRedirectGuard({ appRootUrl: ROOT })(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('lets a redirect inside the app through', () => {
    const event = navigationEvent(`${ROOT}index.html`)
    createRedirectGuard({ appRootUrl: ROOT })(event)
    expect(event.preventDefault).not.toHaveBeenCalled()
  })
})

describe('createWindowOpenHandler', () => {
  it('denies a new window for an allowlisted link and opens it in the OS browser', () => {
    const policy = fakePolicy()
    expect(createWindowOpenHandler(policy)({ url: DOCS })).toEqual({ action: 'deny' })
    expect(policy.openExternal).toHaveBeenCalledWith(DOCS)
  })

  it.each(['https://evil.example.com/', 'http://learn.microsoft.com/', `${ROOT}index.html`, 'javascript:alert(1)'])(
    'denies %s and opens nothing',
    (url) => {
      const policy = fakePolicy()
      expect(createWindowOpenHandler(policy)({ url })).toEqual({ action: 'deny' })
      expect(policy.openExternal).not.toHaveBeenCalled()
    },
  )
})

describe('preventWebviewAttach', () => {
  it('prevents every webview', () => {
    const event = { preventDefault: vi.fn() }
    preventWebviewAttach(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })
})

describe('installWebContentsGuards', () => {
  function installed() {
    const contents = new FakeWebContents()
    const policy = fakePolicy()
    installWebContentsGuards(contents as unknown as WebContents, policy)
    return { contents, policy }
  }

  it('installs the navigation, redirect and webview guards', () => {
    const { contents } = installed()
    expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect'])
  })

  it('blocks a foreign navigation through the installed listener', () => {
    const { contents } = installed()
    const event = navigationEvent('https://evil.example.com/')
    contents.emit('will-navigate', event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('blocks a webview through the installed listener', () => {
    const { contents } = installed()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('denies window.open through the installed handler', () => {
    const { contents, policy } = installed()
    expect(contents.windowOpenHandler?.({ url: DOCS })).toEqual({ action: 'deny' })
    expect(policy.openExternal).toHaveBeenCalledWith(DOCS)
  })
})
