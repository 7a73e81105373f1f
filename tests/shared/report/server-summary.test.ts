import { describe, expect, it } from 'vitest'
import { buildTimeline } from '~shared/rules/timeline'
import type { Finding, RuleStep, Status } from '~shared/rules/types'
import { buildDeadlineView } from '~shared/timeline/deadline-view'
import { topActions, verdictSentence } from '~shared/report/server-summary'
import { documentOf, serverFromDocument, serverFromFile } from '~tests/support/report-fleet'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

function finding(ruleId: string, step: RuleStep, status: Status): Finding {
  return {
    ruleId,
    step,
    status,
    severity: 'blocker',
    title: ruleId,
    message: `${ruleId} says so`,
    messageId: status,
    evidence: {},
    remediation: [{ text: `fix ${ruleId}` }],
    sources: [],
    data: {},
    why: '',
    confidence: 'documented',
  }
}

describe('topActions', () => {
  it('orders failing before warning, version and prerequisites before other steps, and lists three', () => {
    const actions = topActions(
      [
        finding('staging/scheduler', 'staging', 'warn'),
        finding('autoupgrade/eligibility', 'autoupgrade', 'fail'),
        finding('prereq/tls12', 'prerequisites', 'warn'),
        finding('prereq/dotnet', 'prerequisites', 'fail'),
        finding('cloudsync/fit', 'cloudsync', 'fail'),
      ],
      [],
    )
    expect(actions.map((action) => action.ruleId)).toEqual(['prereq/dotnet', 'autoupgrade/eligibility', 'prereq/tls12'])
    expect(actions[0]).toEqual({ ruleId: 'prereq/dotnet', step: 'prerequisites', status: 'fail', title: 'prereq/dotnet', fix: 'fix prereq/dotnet' })
  })

  it('puts the earlier deadline first among equals, then keeps the rules order', () => {
    const server = serverFromFile('tests/fixtures/scenarios/v1-ws2012r2.json')
    const timeline = buildTimeline(server.details, '2026-11-26', BUILT_IN_PACK)
    const actions = topActions(server.findings, timeline)
    expect(actions.map((action) => [action.ruleId, action.deadline])).toEqual([
      ['version/v1-retired', '2022-08-31'],
      ['version/end-of-support', '2022-08-31'],
      ['version/hardening-2025', '2025-04-07'],
    ])
  })

  it('uses the message when a failing rule gives no fix, and leaves out pass, unknown and Cloud Sync', () => {
    const bare = { ...finding('staging/scheduler', 'staging', 'warn'), remediation: [] }
    expect(topActions([bare, finding('a/b', 'version', 'unknown'), finding('c/d', 'version', 'pass')], [])).toEqual([expect.objectContaining({ fix: 'staging/scheduler says so' })])
  })
})

describe('verdictSentence', () => {
  function sentenceFor(document: Record<string, unknown>, asOf = '2026-11-26'): string {
    const server = serverFromDocument(document, 'x.json', {}, asOf)
    const view = buildDeadlineView(buildTimeline(server.details, asOf, BUILT_IN_PACK), asOf, true, formatIsoDate)
    return verdictSentence(server.name ?? 'x', server.verdict, server.findings, view.items, asOf, formatIsoDate)
  }

  it('names the number of blocking checks and the latest deadline missed for a critical server', () => {
    expect(sentenceFor(documentOf('tests/fixtures/files/aadc01.json'))).toBe('AADC01 is critical: 2 version or prerequisite checks fail, and "All synchronization stops" has applied since 2026-09-30.')
  })

  it('says "probably" when the only deadline a critical server has passed is one Microsoft has not confirmed', () => {
    const current = documentOf('tests/fixtures/scenarios/current-2-5-79.json')
    const on2691 = { ...current, connect: { ...(current.connect as object), version: '2.6.91.0', serverConfigurationVersion: '2.6.91.0' } }
    // .NET 4.6.1 fails the prerequisites: critical, on 2.6.91.0, whose end of support (2027-09-23) is derived from a third-party build.
    expect(sentenceFor({ ...on2691, dotnet: { release: 394254 } }, '2027-09-23')).toBe(
      'AADC-CURRENT is critical: 1 version or prerequisite check fails, and "This build out of support" probably applies since 2027-09-23 (a date Microsoft has not confirmed).',
    )
  })

  it('names what needs action and the next deadline', () => {
    const current = documentOf('tests/fixtures/scenarios/current-2-5-79.json')
    expect(sentenceFor({ ...current, connect: { ...(current.connect as object), version: '2.6.3.0', serverConfigurationVersion: '2.6.3.0' } })).toBe(
      'AADC-CURRENT needs action: nothing blocks the upgrade, but 2 checks fail or warn; next deadline: "Sync stops without 2.6.84.0 + app auth" on 2027-04-07 (breaks in 132 days).',
    )
  })

  it('says why an unknown version makes the server incomplete', () => {
    expect(sentenceFor({ kind: 'entra-connect-install-details', schemaVersion: 1, server: { name: 'NEW01' } })).toBe(
      'NEW01 is incomplete: the installed Connect version is not known, so its deadlines cannot be judged.',
    )
  })

  it('says an ok server is ok as of the date', () => {
    expect(sentenceFor(documentOf('tests/fixtures/files/current.json'))).toBe(
      'AADC03 is ok: every check passes or does not apply as of 2026-11-26; next deadline: "This build out of support" on 2027-09-16 (breaks in 294 days).',
    )
  })
})
