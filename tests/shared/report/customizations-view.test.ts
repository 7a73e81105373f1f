/**
 * The customizations view in the JSON report (`servers[].customizations`): what each route keeps
 * and loses, the same lines the HTML report's section shows; a default express install is at risk
 * of nothing; redacted, it says what the redacted findings say.
 */
import { describe, expect, it } from 'vitest'
import { buildFleetReport } from '~shared/report/fleet-report'
import type { ContractDocument } from '~shared/report/fleet-input'
import { customizationsView } from '~shared/report/customizations-view'
import { customizationsSection } from '~shared/report/report-customizations'
import { renderReport } from '~shared/report/render-report'
import { documentOf, fleetOf, serverFromDocument, serverFromFile } from '~tests/support/report-fleet'

const CUSTOMIZED = 'tests/fixtures/collector/customized-collector-output.json'
const EXPRESS = 'tests/fixtures/collector/express-default-collector-output.json'

function jsonReportOf(path: string): ContractDocument {
  return JSON.parse(renderReport('json', fleetOf([serverFromFile(path)]), false)) as ContractDocument
}

describe('the JSON report’s customizations view', () => {
  it('the customized server: each route with what it keeps and loses', () => {
    const view = jsonReportOf(CUSTOMIZED).servers[0]?.customizations
    expect(view?.losesAnything).toBe(true)
    expect(view?.notRead).toBe(false)
    expect(view?.routes.map((route) => route.route)).toEqual(['in-place', 'swing', 'cloud-sync-tool'])
    const [inPlace, swing, tool] = view?.routes ?? []
    expect(inPlace?.loses.map((item) => item.message)).toContainEqual(expect.stringMatching(/^Modified default rules: "In from AD - User Join"/))
    expect(inPlace?.keeps.map((item) => item.title)).toContain('Accidental-delete prevention on')
    expect(swing?.loses.map((item) => item.ruleId)).toContain('customizations/custom-rule-precedence')
    expect(tool?.loses.map((item) => item.message)).toContainEqual(expect.stringContaining('6 custom sync rules'))
  })

  it('shows the same lines as the HTML report’s section (one summary behind both)', () => {
    const server = serverFromFile(CUSTOMIZED)
    const view = jsonReportOf(CUSTOMIZED).servers[0]?.customizations
    const section = customizationsSection(buildFleetReport(fleetOf([server])).servers[0]!)
    const lines = (group: string) => section?.routes.map((route) => route.groups.find((shown) => shown.title === group)?.lines.map((line) => line.message) ?? [])
    expect(view?.routes.map((route) => route.loses.map((item) => item.message))).toEqual(lines('Loses or needs work'))
    expect(view?.routes.map((route) => route.keeps.map((item) => item.message))).toEqual(lines('Keeps'))
    expect(view).toEqual(customizationsView(server.findings))
  })

  it('a default express install: the routes are there and nothing is at risk', () => {
    const view = jsonReportOf(EXPRESS).servers[0]?.customizations
    expect(view?.losesAnything).toBe(false)
    expect(view?.routes.map((route) => route.loses)).toEqual([[], [], []])
    expect(view?.routes[0]?.keeps.length).toBeGreaterThan(0)
  })

  it('is absent when no finding names a route', () => {
    expect(customizationsView([])).toBeUndefined()
    const server = serverFromFile(EXPRESS)
    const withoutRoutes = { ...server, findings: server.findings.map((finding) => ({ ...finding, data: {} })) }
    const document = JSON.parse(renderReport('json', fleetOf([withoutRoutes]), false)) as ContractDocument
    expect(document.servers[0]).not.toHaveProperty('customizations')
  })

  it('redacted, it carries the redacted findings’ words', () => {
    // The contract's example server with the customized server's customizations.
    const customized = { ...documentOf('tests/fixtures/files/aadc01.json'), customizations: documentOf(CUSTOMIZED).customizations }
    const fleet = fleetOf([serverFromDocument(customized, 'AADC01.json')])
    const output = renderReport('json', fleet, true)
    const server = (JSON.parse(output) as ContractDocument).servers[0]
    const messages = new Map(server?.findings.map((finding) => [finding.ruleId, finding.message]))
    for (const route of server?.customizations?.routes ?? []) {
      for (const item of [...route.loses, ...route.keeps, ...route.unknown]) {
        expect(item.message).toBe(messages.get(item.ruleId))
      }
    }
    expect(server?.customizations?.losesAnything).toBe(true)
    expect(server?.name).toBe('SERVER-1')
  })
})
