/**
 * The renderer's Content-Security-Policy (renderer/index.html), checked as text so that loosening it
 * fails CI even before the browser tests run.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, RENDERER_HEADER_CSP, RENDERER_PAGE_CSP } from '~electron/main/session-guards'

async function directives(): Promise<Map<string, string[]>> {
  const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8')
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  if (content === undefined) {
    throw new Error('renderer/index.html has no Content-Security-Policy meta tag')
  }
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  )
}

describe('renderer Content-Security-Policy', () => {
  it('denies everything by default', async () => {
    expect((await directives()).get('default-src')).toEqual(["'none'"])
  })

  it("runs only the app's own scripts: no inline, no eval, no remote host", async () => {
    expect((await directives()).get('script-src')).toEqual(["'self'"])
  })

  it('connects nowhere, embeds no objects, and cannot be re-based or post forms', async () => {
    const csp = await directives()
    expect(csp.get('connect-src')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
  })

  it('names no remote source and no unsafe keyword anywhere', async () => {
    const values = [...(await directives()).values()].flat()
    expect(values.filter((value) => /^(https?:|wss?:|\*)/.test(value) || /unsafe-(eval|inline|hashes)/.test(value))).toEqual([])
  })
})

describe('the CSP header of the packaged app', () => {
  function parse(csp: string): Map<string, string[]> {
    return new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]))
  }

  it('is the page’s own policy word for word, with nothing loosened', async () => {
    const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8')
    expect(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]).toBe(RENDERER_PAGE_CSP)
    const header = parse(contentSecurityPolicy({ appRootUrl: 'app://renderer/', allowDevTools: false, isDevelopment: false }))
    for (const [name, values] of parse(RENDERER_PAGE_CSP)) {
      expect(header.get(name), name).toEqual(values)
    }
  })

  it('adds only restrictions the page cannot state: no frames, no workers, no framing', () => {
    expect(RENDERER_HEADER_CSP).toBe(`${RENDERER_PAGE_CSP}; frame-src 'none'; worker-src 'none'; frame-ancestors 'none'`)
  })
})
