import fsp from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { APP_ROOT_URL, createAppProtocolHandler, resolveAppFile } from '~electron/main/app-protocol'
import { RENDERER_HEADER_CSP } from '~electron/main/session-guards'
import { isAllowedRequestUrl, isAppUrl } from '~electron/main/url-policy'
import { useTempFolder } from '~tests/mocks/temp-folder'

const ROOT = '/opt/app/out/renderer'

describe('resolveAppFile', () => {
  it.each([
    ['app://renderer/', `${ROOT}/index.html`],
    ['app://renderer/index.html', `${ROOT}/index.html`],
    ['app://renderer/assets/index-abc.js', `${ROOT}/assets/index-abc.js`],
    ['app://renderer/assets/a%20b.css', `${ROOT}/assets/a b.css`],
    ['app://renderer/assets/../index.html', `${ROOT}/index.html`],
    // The URL parser resolves dot segments at the root, so these stay inside the folder.
    ['app://renderer/../../etc/passwd', `${ROOT}/etc/passwd`],
    ['app://renderer/%2e%2e/%2e%2e/etc/passwd', `${ROOT}/etc/passwd`],
  ])('%s is %s', (url, file) => {
    expect(resolveAppFile(ROOT, url)).toBe(file)
  })

  it.each([
    'app://renderer/..%2f..%2fetc/passwd',
    'app://renderer/..%5c..%5cwindows',
    'app://renderer/a%00.js',
    'app://renderer/C:%5cWindows',
    'app://other/index.html',
    'app://user:pw@renderer/index.html',
    'file:///opt/app/out/renderer/index.html',
    'https://renderer/index.html',
    'app://renderer/%E0%A4%A',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeUndefined()
  })
})

describe('the app:// handler', () => {
  const folder = useTempFolder('app-protocol-')
  beforeAll(async () => {
    await fsp.mkdir(join(folder(), 'renderer', 'assets'), { recursive: true })
    await fsp.writeFile(join(folder(), 'renderer', 'index.html'), '<!doctype html><title>app</title>')
    await fsp.writeFile(join(folder(), 'renderer', 'assets', 'main.js'), 'export {}')
    await fsp.writeFile(join(folder(), 'secret.txt'), 'outside')
    await fsp.symlink(join(folder(), 'secret.txt'), join(folder(), 'renderer', 'link.txt'))
  })
  const handle = (url: string, method = 'GET') => createAppProtocolHandler(join(folder(), 'renderer'), RENDERER_HEADER_CSP)(new Request(url, { method }))

  it('serves the page with its type, nosniff and the page’s CSP', async () => {
    const response = await handle('app://renderer/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>app</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_HEADER_CSP)
    expect((await handle('app://renderer/assets/main.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('refuses files outside the folder, links, folders, missing files and other methods', async () => {
    for (const url of ['app://renderer/../secret.txt', 'app://renderer/%2e%2e/secret.txt', 'app://renderer/link.txt', 'app://renderer/assets', 'app://renderer/missing.js']) {
      expect((await handle(url)).status, url).toBe(404)
    }
    expect((await handle('app://renderer/index.html', 'POST')).status).toBe(405)
  })
})

describe('app:// in the URL policy', () => {
  it('is the app, and file:// no longer is', () => {
    expect(isAppUrl('app://renderer/index.html', APP_ROOT_URL)).toBe(true)
    expect(isAppUrl('app://evil/index.html', APP_ROOT_URL)).toBe(false)
    expect(isAppUrl('app://renderer:8080/index.html', APP_ROOT_URL)).toBe(false)
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', APP_ROOT_URL)).toBe(false)
    const policy = { appRootUrl: APP_ROOT_URL, allowDevTools: false }
    expect(isAllowedRequestUrl('app://renderer/assets/main.js', policy)).toBe(true)
    expect(isAllowedRequestUrl('file:///etc/passwd', policy)).toBe(false)
  })
})
