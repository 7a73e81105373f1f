import { beforeAll, describe, expect, it } from 'vitest'
import { buildFleetReport } from '~shared/report/fleet-report'
import { formatHtml } from '~shared/report/format-html'
import { parseHtml, type ParsedDocument } from '~tests/support/parse-html'
import { documentOf, fleetOf, sampleFleet, serverFromDocument } from '~tests/support/report-fleet'

const HOSTILE = `<script>alert("x")</script>'"&<img src=x onerror=alert(1)>`

function hostileFleet() {
  const document = documentOf('tests/fixtures/files/aadc01.json')
  const server = serverFromDocument(
    { ...document, server: { ...(document.server as object), name: HOSTILE }, evil: { [HOSTILE]: HOSTILE } },
    `C:\\in"<b>\\${HOSTILE}.json`,
    { provenance: { 'connect.version': HOSTILE } },
  )
  return fleetOf([server, serverFromDocument(documentOf('tests/fixtures/files/current.json'), 'current.json')], [{ source: HOSTILE, message: `${HOSTILE}: broken` }])
}

describe('formatHtml', () => {
  let html = ''
  let page: ParsedDocument

  // One parse of the sample fleet's report for the tests that read it (jsdom is slow to start).
  beforeAll(() => {
    html = formatHtml(buildFleetReport(sampleFleet()))
    page = parseHtml(html)
  }, 60_000)

  it('is one self-contained page: inline CSS and SVG, no script, no external resource', () => {
    expect(page.querySelectorAll('script, link, img, iframe, object, embed, base, form').length).toBe(0)
    expect(page.querySelectorAll('[src], [srcset], [style*="url("]').length).toBe(0)
    expect(html).not.toMatch(/@import|url\(/i)
    expect(page.querySelectorAll('style').length).toBe(1)
    expect(page.querySelectorAll('svg.timeline').length).toBe(3)
    expect([...page.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? '').every((href) => href.startsWith('#') || href.startsWith('https://'))).toBe(true)
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'")
  })

  it('prints a page per server and keeps findings whole', () => {
    const css = page.querySelector('style')?.textContent ?? ''
    expect(css).toMatch(/@media print \{[\s\S]*\.server \{ break-before: page;[\s\S]*\.finding, tr, svg\.timeline, pre, \.summary li \{ break-inside: avoid; \}/)
  })

  it('keeps controls and checklist items off the printed page or whole on it', () => {
    const css = page.querySelector('style')?.textContent ?? ''
    const print = css.slice(css.indexOf('@media print'))
    expect(print).toMatch(/button, select, input, \[role="toolbar"\] \{ display: none !important; \}/)
    expect(print).toMatch(/ul\.checklist li \{ break-inside: avoid; \}/)
    expect(css.slice(0, css.indexOf('@media print'))).not.toMatch(/button, select, input/)
  })

  it('starts a lone server on the title’s page when printed', () => {
    const css = page.querySelector('style')?.textContent ?? ''
    expect(css).toMatch(/@media print \{[\s\S]*header \+ \.server \{ break-before: auto;/)
  })

  it('puts the executive summary first, then the steps with evidence, fixes and sources, then the checklist and the raw facts', () => {
    const section = page.querySelector('section.server')
    const headings = [...(section?.querySelectorAll(':scope > section > h3') ?? [])].map((heading) => heading.textContent)
    expect(headings).toEqual(['Executive summary', 'Version and deadlines', 'Prerequisites', 'Auto-upgrade', 'Staging mode', 'Cloud Sync', 'Your customizations', 'Upgrade checklist', 'Raw facts'])
    const summary = section?.querySelector('.summary')
    expect(summary?.querySelector('.verdict-sentence')?.textContent).toMatch(/^V1-2012R2 is critical: /)
    expect(summary?.querySelectorAll('ol.actions li').length).toBe(3)
    const card = section?.querySelector('article.finding.fail')
    expect(card?.querySelector('table')?.textContent).toContain('connect.version1.6.16.0tests/fixtures/scenarios/v1-ws2012r2.json')
    expect(card?.querySelector('.sources a')?.getAttribute('href')).toMatch(/^https:\/\/learn\.microsoft\.com\//)
    expect(card?.querySelector('.sources')?.textContent).toMatch(/\(rev \d{4}-\d{2}-\d{2}|\(current revision/)
    expect(section?.querySelector('pre code')?.textContent).toBeTruthy()
    expect(section?.querySelector('.caveat')?.textContent).toMatch(/^Uncertain: /)
  })

  it('lists passing and not-applicable findings as compact rows, still with evidence, sources and caveats', () => {
    const rows = [...(page.querySelector('section.server')?.querySelectorAll('table.quiet tbody tr') ?? [])]
    const partial = rows.find((row) => row.textContent?.includes('version/partial-upgrade'))
    expect(partial?.textContent).toContain('connect.version = 1.6.16.0 (tests/fixtures/scenarios/v1-ws2012r2.json)')
    expect(partial?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/learn\.microsoft\.com\//)
    const workaround = rows.find((row) => row.textContent?.includes('staging/msonline-workaround'))
    expect(workaround?.querySelector('.caveat')?.textContent).toMatch(/^Uncertain: /)
    expect(page.querySelectorAll('article.finding.pass, article.finding.not-applicable').length).toBe(0)
  })

  it('opens with the fleet overview, staging pairs, and the title, as-of date and rule pack', () => {
    expect(page.title).toBe('Entra Connect upgrade readiness: 3 servers, as of 2026-11-26')
    expect(page.querySelector('header .meta')?.textContent).toMatch(/^As of 2026-11-26\. Rule pack \S+ \(facts checked .+\)\. Servers are sorted by urgency\.$/)
    expect([...page.querySelectorAll('.fleet-table tbody tr td:first-child a')].map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['V1-2012R2', '#server-1'],
      ['AADC-STAGING', '#server-2'],
      ['AADC01', '#server-3'],
    ])
    expect(page.querySelector('.fleet .pair-ok')?.textContent).toBe('AADC01 is active; AADC-STAGING is its staging server.')
  })

  it('escapes every value: hostile names, facts, keys, sources and errors stay text', () => {
    const hostileHtml = formatHtml(buildFleetReport(hostileFleet()))
    const hostilePage = parseHtml(hostileHtml)
    expect(hostilePage.querySelectorAll('script, img').length).toBe(0)
    expect([...hostilePage.querySelectorAll('*')].flatMap((element) => element.getAttributeNames()).filter((name) => name.startsWith('on'))).toEqual([])
    expect(hostilePage.querySelector('section.server h2')?.textContent).toContain(HOSTILE)
    expect(hostilePage.body.textContent).toContain(`C:\\in"<b>\\${HOSTILE}.json`)
    expect(hostilePage.body.textContent).toContain(`${HOSTILE}: broken`)
    expect(hostilePage.title).toContain('2 servers')
    expect(hostileHtml).not.toContain('<script')
    expect(hostileHtml).not.toContain('"x")')
  })

  it('leaves out the fleet overview for one server', () => {
    const page = parseHtml(formatHtml(buildFleetReport(fleetOf([serverFromDocument(documentOf('tests/fixtures/files/aadc01.json'), 'aadc01.json')]))))
    expect(page.querySelector('section.fleet')).toBeNull()
    expect(page.title).toBe('Entra Connect upgrade readiness: AADC01, as of 2026-11-26')
  })
})
