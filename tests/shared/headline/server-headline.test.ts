import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { addDays } from '~shared/dates/iso-date'
import { buildServerHeadline } from '~shared/headline/server-headline'
import { BUILT_IN_PACK as RULE_PACK } from '~shared/rules/pack/built-in'
import { buildTimeline } from '~shared/rules/timeline'
import type { InstallDetails } from '~shared/types/install-details'
import { localeDateFormatter } from '~renderer/components/locale-date'

/** The headline is shown on screen: written here as the renderer writes it in en-GB ("30 Sept 2026"). */
const EN_GB = localeDateFormatter('en-GB')

const COLLECTOR = JSON.parse(readFileSync(new URL('../../fixtures/collector/aadc01-collector-output.json', import.meta.url), 'utf8')) as InstallDetails
const V1 = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/v1-ws2012r2.json', import.meta.url), 'utf8')) as { document?: InstallDetails } & InstallDetails

const { syncStop2026, v1 } = RULE_PACK.deadlines
const newest = RULE_PACK.releases.map((release) => release.version).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))[0] ?? ''

function headline(details: InstallDetails, asOf: string) {
  return buildServerHeadline({ report: assessServer(details, asOf, RULE_PACK), timeline: buildTimeline(details, asOf, RULE_PACK), pack: RULE_PACK, serverName: details.server?.name ?? undefined, formatDate: EN_GB })
}

function withVersion(version: string | undefined): InstallDetails {
  const { connect, ...rest } = COLLECTOR
  return { ...rest, connect: { ...connect, version, serverConfigurationVersion: version } } as InstallDetails
}

describe('buildServerHeadline', () => {
  it('names the outage, its date, the minimum and the in-place upgrade for the 2.4.27.0 collector file', () => {
    const result = headline(COLLECTOR, '2026-12-06')
    expect(result.sentence).toBe(`AADC01 stopped syncing on 30 Sept 2026, 67 days ago: 2.4.27.0 is below the ${syncStop2026.minimum} minimum. Upgrade in place to ${newest} now.`)
    expect(result.tone).toBe('critical')
    expect(result.action.step).toBe('summary')
  })

  it('says "today" on the day sync stops, and names the stop ahead the day before', () => {
    expect(headline(COLLECTOR, syncStop2026.stops).sentence).toContain(`stopped syncing on 30 Sept 2026, today`)
    const before = headline(COLLECTOR, addDays(syncStop2026.stops, -1)).sentence
    expect(before).not.toContain('stopped syncing')
    expect(before).toContain('out of support since')
    expect(before).toContain(`before 30 Sept 2026, when sync stops`)
  })

  it('names the earliest stop for a V1 server and a new server for an OS that cannot run V2', () => {
    const details = V1.document ?? V1
    const result = headline(details, '2026-12-06')
    expect(result.sentence).toContain(`stopped syncing on 1 Oct 2023`)
    expect(result.sentence).toContain(`below the ${v1.minimum} minimum`)
    expect(result.sentence).toContain('on a new server with Windows Server 2016 or later')
    expect(result.sentence).not.toContain('in place')
  })

  it('asks for the version when it is unknown', () => {
    const result = headline(withVersion(undefined), '2026-12-06')
    expect(result.action.step).toBe('details')
    expect(result.sentence).toContain('version is not known yet')
  })

  it('calls a server on the newest build ready or names what is left, never a deadline', () => {
    const result = headline(withVersion(newest), '2026-12-06')
    expect(result.sentence).not.toMatch(/stopped syncing|out of support/)
    expect(result.sentence).toContain(`runs ${newest}`)
  })

  it('writes dates with the formatter it is given', () => {
    const result = buildServerHeadline({ report: assessServer(COLLECTOR, '2026-12-06', RULE_PACK), timeline: buildTimeline(COLLECTOR, '2026-12-06', RULE_PACK), pack: RULE_PACK, serverName: 'AADC01', formatDate: (date) => `<${date}>` })
    expect(result.sentence).toContain('stopped syncing on <2026-09-30>')
  })
})
