/**
 * The reports' "Your customizations" section (HTML and Markdown): per route what it loses, keeps
 * and cannot tell, with the facts' sources and Microsoft's articles; a default express install
 * loses nothing; unread customizations are one line on how to read them.
 */
import { describe, expect, it } from 'vitest'
import { buildFleetReport } from '~shared/report/fleet-report'
import { formatHtml } from '~shared/report/format-html'
import { formatMarkdown } from '~shared/report/format-markdown'
import { customizationsSection } from '~shared/report/report-customizations'
import { parseHtml } from '~tests/support/parse-html'
import { documentOf, fleetOf, serverFromDocument, serverFromFile } from '~tests/support/report-fleet'

const CUSTOMIZED = 'tests/fixtures/collector/customized-collector-output.json'
const V1 = 'tests/fixtures/collector/aadc01-collector-output.json'
const EXPRESS = 'tests/fixtures/collector/express-default-collector-output.json'

function reportOf(path: string) {
  return buildFleetReport(fleetOf([serverFromFile(path)]))
}

describe('report customizations section', () => {
  it('the customized server: each route with what it loses, the facts’ source and the articles', () => {
    const section = customizationsSection(reportOf(CUSTOMIZED).servers[0]!)
    expect(section?.losesAnything).toBe(true)
    expect(section?.routes.map((route) => route.label)).toEqual(['In-place upgrade', 'Swing migration (a new server)', 'Guided Cloud Sync migration tool'])
    const inPlaceLoses = section?.routes[0]?.groups.find((group) => group.title === 'Loses or needs work')?.lines ?? []
    const modified = inPlaceLoses.find((line) => line.message.startsWith('Modified default rules'))
    expect(modified?.from).toEqual([CUSTOMIZED])
    expect(modified?.sources[0]?.url).toMatch(/^https:\/\/learn\.microsoft\.com\//)
    expect(section?.routes[0]?.groups.find((group) => group.title === 'Keeps')?.lines.map((line) => line.title)).toContain('Accidental-delete prevention on')
  })

  it('HTML: a section after the steps, a heading per route, lines with source and links', () => {
    const page = parseHtml(formatHtml(reportOf(CUSTOMIZED)))
    const section = page.querySelector('section.customizations-section')
    expect(section?.querySelector('h3')?.textContent).toBe('Your customizations')
    expect([...(section?.querySelectorAll('h4') ?? [])].map((heading) => heading.textContent)).toEqual(['In-place upgrade', 'Swing migration (a new server)', 'Guided Cloud Sync migration tool'])
    expect(section?.textContent).toContain(`Modified default rules: "In from AD - User Join"`)
    expect(section?.textContent).toContain(`From ${CUSTOMIZED}.`)
    expect(section?.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/learn\.microsoft\.com\//)
  })

  it('Markdown: the same section, escaped', () => {
    const markdown = formatMarkdown(reportOf(CUSTOMIZED))
    const start = markdown.indexOf('### Your customizations')
    expect(start).toBeGreaterThan(markdown.indexOf('### Staging mode'))
    expect(start).toBeLessThan(markdown.indexOf('### Raw facts'))
    const block = markdown.slice(start, markdown.indexOf('### Raw facts'))
    expect(block).toContain('#### In-place upgrade\n\n**Loses or needs work**\n\n- **')
    expect(block).toContain('Modified default rules: "In from AD - User Join"')
    expect(block).toMatch(/Sources: \[[^\]]+\]\(https:\/\/learn\.microsoft\.com\//)
  })

  it('a default express install: nothing at risk on any route', () => {
    const section = customizationsSection(reportOf(EXPRESS).servers[0]!)
    expect(section?.losesAnything).toBe(false)
    expect(section?.routes.flatMap((route) => route.groups.map((group) => group.title))).not.toContain('Loses or needs work')
    expect(formatMarkdown(reportOf(EXPRESS))).toContain('Nothing this server is known to use is lost by any route.')
  })

  it('customizations not read: no route lists its not-known lines, nothing is said to be kept or lost by them', () => {
    const { customizations: _dropped, ...unread } = documentOf(CUSTOMIZED)
    const section = customizationsSection(buildFleetReport(fleetOf([serverFromDocument(unread, 'unread.json')])).servers[0]!)
    // Everything the swing route judges comes from customization facts: it is in the one line, not listed.
    expect(section?.notRead).toBe(true)
    expect(section?.routes.map((route) => route.label)).not.toContain('Swing migration (a new server)')
    expect(section?.routes.flatMap((route) => route.groups.flatMap((group) => group.lines.map((line) => line.title)))).not.toContain('Custom sync rules within precedence 0-99')
  })

  it('no customization fact read at all (a V1 collector file): one line on how to read them instead of the not-known lists', () => {
    const report = reportOf(V1)
    const section = customizationsSection(report.servers[0]!)
    expect(section?.notRead).toBe(true)
    expect(section?.routes.flatMap((route) => route.groups.map((group) => group.title))).not.toContain('Not known')
    // What other facts decide is still shown: the migration tool's finding from the version and forests.
    expect(section?.routes.map((route) => route.label)).toEqual(['Guided Cloud Sync migration tool'])
    expect(customizationsSection(reportOf(CUSTOMIZED).servers[0]!)?.notRead).toBe(false)
    const html = parseHtml(formatHtml(report)).querySelector('section.customizations-section')
    expect(html?.querySelectorAll('h5')[0]?.textContent).toBe('Loses or needs work')
    expect(html?.querySelector('p')?.textContent).toMatch(/^Customizations were not read: .*add the collector file/)
    const markdown = formatMarkdown(report)
    const block = markdown.slice(markdown.indexOf('### Your customizations'), markdown.indexOf('### Raw facts'))
    expect(block).toContain('Customizations were not read:')
    expect(block).not.toContain('Not known')
  })
})
