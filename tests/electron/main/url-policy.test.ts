import { describe, expect, it } from 'vitest'
import {
  isAllowedExternalUrl,
  isAllowedRequestUrl,
  isAppUrl,
  toAllowedExternalUrl,
  toDevServerUrl,
} from '~electron/main/url-policy'

const FILE_ROOT = 'file:///opt/entra-readiness/out/renderer/'
const DEV_ROOT = 'http://localhost:5173/'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-version-history',
    'https://aka.ms/EvaluateSyncOptions',
    'https://entra.microsoft.com/#view/Microsoft_AAD_Connect_Provisioning',
    'https://LEARN.microsoft.com/en-us/entra/',
    'https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-65673',
  ])('allows the allowlisted https link %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    ['plain http', 'http://learn.microsoft.com/entra/'],
    ['another host', 'https://example.com/'],
    ['a subdomain of an allowlisted host', 'https://evil.learn.microsoft.com/'],
    ['a look-alike suffix', 'https://learn.microsoft.com.evil.com/'],
    ['the host in the path', 'https://evil.com/learn.microsoft.com'],
    ['the host in the query', 'https://evil.com/?u=https://learn.microsoft.com'],
    ['user info before the host', 'https://learn.microsoft.com@evil.com/'],
    ['user info on the right host', 'https://user:pass@learn.microsoft.com/'],
    ['an explicit port', 'https://learn.microsoft.com:8443/'],
    ['a trailing dot', 'https://learn.microsoft.com./'],
    ['javascript:', 'javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a protocol-relative link', '//learn.microsoft.com/'],
    ['a relative link', '/entra/'],
    ['an embedded newline', 'https://learn.micro\nsoft.com/'],
    ['a leading space', ' https://learn.microsoft.com/'],
    ['a backslash trick', 'https://evil.com\\@learn.microsoft.com/'],
    ['a punycode look-alike', 'https://xn--lern-8na.microsoft.com/'],
    ['an empty string', ''],
    ['an over-long link', `https://learn.microsoft.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it('returns the normalized URL for an allowed link', () => {
    expect(toAllowedExternalUrl('https://LEARN.microsoft.com/entra')).toBe('https://learn.microsoft.com/entra')
  })
})

describe('isAppUrl', () => {
  it('accepts the renderer page under the file root', () => {
    expect(isAppUrl(`${FILE_ROOT}index.html`, FILE_ROOT)).toBe(true)
  })

  it('accepts a page with a hash route', () => {
    expect(isAppUrl(`${FILE_ROOT}index.html#/results`, FILE_ROOT)).toBe(true)
  })

  it.each([
    ['a file outside the root', 'file:///etc/passwd'],
    ['a sibling folder with the same prefix', 'file:///opt/entra-readiness/out/renderer-evil/index.html'],
    ['a dot-dot escape', 'file:///opt/entra-readiness/out/renderer/../../secret.html'],
    ['an encoded slash', 'file:///opt/entra-readiness/out/renderer/..%2f..%2fsecret.html'],
    ['a file URL with a host', 'file://evil-host/opt/entra-readiness/out/renderer/index.html'],
    ['a web page', 'https://learn.microsoft.com/'],
    ['garbage', 'not a url'],
  ])('refuses %s under a file root', (_label, url) => {
    expect(isAppUrl(url, FILE_ROOT)).toBe(false)
  })

  it('accepts the dev server origin only', () => {
    expect(isAppUrl('http://localhost:5173/', DEV_ROOT)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV_ROOT)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', DEV_ROOT)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', DEV_ROOT)).toBe(false)
    expect(isAppUrl('file:///opt/entra-readiness/out/renderer/index.html', DEV_ROOT)).toBe(false)
  })

  it('compares Windows drive paths case-insensitively', () => {
    const root = 'file:///C:/Program%20Files/Entra%20Readiness/resources/app.asar/out/renderer/'
    expect(isAppUrl('file:///c:/Program%20Files/Entra%20Readiness/resources/app.asar/out/renderer/index.html', root)).toBe(true)
    expect(isAppUrl('file:///C:/Windows/win.ini', root)).toBe(false)
  })

  it('refuses everything when the root itself is not a URL', () => {
    expect(isAppUrl(`${FILE_ROOT}index.html`, 'nonsense')).toBe(false)
  })
})

describe('isAllowedRequestUrl', () => {
  const packaged = { appRootUrl: FILE_ROOT, allowDevTools: false }
  const development = { appRootUrl: DEV_ROOT, allowDevTools: true }

  it('allows the app files and inline resources', () => {
    expect(isAllowedRequestUrl(`${FILE_ROOT}assets/index-abc.js`, packaged)).toBe(true)
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA', packaged)).toBe(true)
    expect(isAllowedRequestUrl('blob:file:///1234-5678', packaged)).toBe(true)
  })

  it.each(['https://learn.microsoft.com/', 'http://169.254.169.254/latest/meta-data', 'ws://localhost:5173/', 'file:///etc/passwd', 'ftp://example.com/'])(
    'cancels %s in a packaged app',
    (url) => {
      expect(isAllowedRequestUrl(url, packaged)).toBe(false)
    },
  )

  it('allows DevTools only where DevTools are enabled', () => {
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html', development)).toBe(true)
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html', packaged)).toBe(false)
  })

  it('allows the dev server and its hot-reload socket in development', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/@vite/client', development)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:5173/', development)).toBe(true)
    expect(isAllowedRequestUrl('ws://localhost:9999/', development)).toBe(false)
    expect(isAllowedRequestUrl('https://example.com/', development)).toBe(false)
  })

  it('cancels what it cannot parse', () => {
    expect(isAllowedRequestUrl('::::', packaged)).toBe(false)
  })
})

describe('toDevServerUrl', () => {
  it('accepts a loopback http URL', () => {
    expect(toDevServerUrl('http://localhost:5173')).toBe('http://localhost:5173/')
    expect(toDevServerUrl('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/')
  })

  it.each([undefined, '', 'https://evil.example.com/', 'file:///tmp/index.html', 'http://user:pw@localhost:5173/', 'javascript:alert(1)'])(
    'ignores %j',
    (value) => {
      expect(toDevServerUrl(value)).toBeUndefined()
    },
  )
})
