import { describe, expect, it } from 'vitest'
import { assessmentSchema, type Assessment, type AssessmentInput } from '~shared/assessments/assessment'
import { flattenDocument } from '~shared/intake/dotted-path'
import {
  compareAssessments,
  defaultEarlierRun,
  earlierRunCandidates,
  isSameServer,
  nameRoot,
  runDate,
  type RunEntry,
} from '~shared/report/compare-assessments'
import { smallDraft } from '~tests/support/assessment-drafts'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const BEFORE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e'
const AFTER_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7'

function saved(overrides: Partial<Assessment> = {}): Assessment {
  return assessmentSchema.parse({
    kind: 'entra-connect-assessment',
    schemaVersion: 2,
    id: BEFORE_ID,
    ...smallDraft(),
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  })
}

/** The AADC01 collector input with `changes` to its document. */
function collectorInput(connect: Record<string, unknown>, extra: Record<string, unknown> = {}): AssessmentInput {
  return {
    source: 'AADC01.json',
    format: 'install-details-json',
    facts: flattenDocument({
      server: { name: 'AADC01', domainJoined: true, os: { build: 17763, installationType: 'Server' } },
      connect: { cloud: 'commercial', stagingModeEnabled: false, ...connect },
      dotnet: { release: 528449 },
      ...extra,
    }),
  }
}

const OLD = collectorInput({ version: '2.4.27.0', serverConfigurationVersion: '2.4.27.0' })
const UPGRADED = collectorInput({ version: '2.5.190.0', serverConfigurationVersion: '2.5.190.0' })

function entry(id: string, name: string, serverName: string, updatedAt: string): RunEntry {
  return { id, name, serverName, updatedAt }
}

describe('earlier runs', () => {
  const chosen = entry('c', 'Contoso AADC01 (copy)', 'AADC01', '2026-11-26T10:00:00.000Z')
  const entries = [
    chosen,
    entry('a', 'Contoso AADC01', 'aadc01 ', '2026-11-20T10:00:00.000Z'),
    entry('b', 'Before the upgrade', 'AADC01', '2026-11-24T10:00:00.000Z'),
    entry('d', 'Later check', 'AADC01', '2026-11-30T10:00:00.000Z'),
    entry('e', 'Contoso AADC02', 'AADC02', '2026-11-25T10:00:00.000Z'),
  ]

  it('lists the other runs of the same server (case and spaces ignored), newest first, without itself', () => {
    expect(earlierRunCandidates(chosen, entries).map((run) => run.id)).toEqual(['d', 'b', 'a'])
  })

  it('defaults to the newest run saved before the chosen one', () => {
    expect(defaultEarlierRun(chosen, entries)?.id).toBe('b')
  })

  it('falls back to the newest other run when none was saved before, and to nothing when the server has one run', () => {
    const first = entries[1] as RunEntry
    expect(defaultEarlierRun(first, entries)?.id).toBe('d')
    expect(defaultEarlierRun(entries[4] as RunEntry, entries)).toBeUndefined()
  })

  it('matches by the name without " (copy)" when a server name is empty', () => {
    const unnamed = entry('x', 'Contoso AADC01 (copy) (copy)', '', '2026-11-26T10:00:00.000Z')
    expect(nameRoot(unnamed.name)).toBe('contoso aadc01')
    expect(isSameServer(unnamed, entry('y', ' contoso AADC01', '', '2026-11-20T10:00:00.000Z'))).toBe(true)
    expect(isSameServer(unnamed, entry('z', 'Contoso AADC02', '', '2026-11-20T10:00:00.000Z'))).toBe(false)
    expect(isSameServer(entry('p', 'Same name', 'AADC01', ''), entry('q', 'Same name', 'AADC02', ''))).toBe(false)
    // Every customer has an AADC01: another customer's is not an earlier run of this one.
    const fabrikam = { ...entry('f', 'Fabrikam AADC01', 'AADC01', '2026-11-20T10:00:00.000Z'), customer: 'Fabrikam' }
    const contoso = { ...entry('c', 'Contoso AADC01', 'AADC01', '2026-10-20T10:00:00.000Z'), customer: 'Contoso' }
    expect(isSameServer(fabrikam, contoso)).toBe(false)
    expect(isSameServer(fabrikam, { ...contoso, customer: ' fabrikam ' })).toBe(true)
    expect(isSameServer(fabrikam, { ...contoso, customer: '' })).toBe(true)
    expect(earlierRunCandidates(fabrikam, [contoso])).toEqual([])
  })

  it('does not pair two servers of one customer and one short name that the FQDN or the tenant tells apart', () => {
    const corp = { ...entry('c', 'AADC01 corp', 'AADC01', '2026-11-20T10:00:00.000Z'), customer: 'Contoso', fqdn: 'aadc01.corp.contoso.com' }
    const lab = { ...entry('l', 'AADC01 lab', 'AADC01', '2026-11-25T10:00:00.000Z'), customer: 'Contoso', fqdn: 'AADC01.lab.contoso.com' }
    expect(isSameServer(corp, lab)).toBe(false)
    expect(earlierRunCandidates(lab, [corp])).toEqual([])
    expect(defaultEarlierRun(lab, [corp, lab])).toBeUndefined()
    // The same FQDN (case ignored), or a run that does not know its FQDN, is the same server.
    expect(isSameServer(corp, { ...lab, fqdn: 'AADC01.CORP.contoso.com' })).toBe(true)
    const { fqdn: _unknown, ...noFqdn } = lab
    expect(isSameServer(corp, noFqdn)).toBe(true)
    // A server name typed as the FQDN counts as the FQDN.
    expect(isSameServer(corp, { ...noFqdn, serverName: 'aadc01.lab.contoso.com' })).toBe(false)
    expect(isSameServer(corp, { ...noFqdn, serverName: 'aadc01.corp.contoso.com' })).toBe(true)
    // Another tenant is another server, even without a server name on either side.
    const tenantA = { ...entry('a', 'Contoso AADC01', '', ''), tenant: 'contoso.onmicrosoft.com' }
    expect(isSameServer(tenantA, { ...tenantA, id: 'b', tenant: 'contosolab.onmicrosoft.com' })).toBe(false)
    expect(isSameServer(tenantA, { ...tenantA, id: 'b' })).toBe(true)
  })
})

describe('runDate', () => {
  it('uses the run’s own as-of date, else the date it was saved, unless both share one date', () => {
    expect(runDate(saved({ asOf: '2026-06-01' }), { mode: 'own' }, BUILT_IN_PACK)).toBe('2026-06-01')
    expect(runDate(saved({ asOf: null }), { mode: 'own' }, BUILT_IN_PACK)).toBe('2026-11-20')
    expect(runDate(saved({ asOf: '2026-06-01' }), { mode: 'common', asOf: '2027-01-10' }, BUILT_IN_PACK)).toBe('2027-01-10')
  })
})

describe('compareAssessments', () => {
  const before = saved({ inputs: [OLD] })
  const after = saved({ id: AFTER_ID, name: 'Contoso AADC01 (copy)', inputs: [UPGRADED], updatedAt: '2026-11-26T10:00:00.000Z' })

  it('shows a server upgraded from 2.4.27.0 to 2.5.190.0 as the sync-stop deadline fixed, and the verdict moved', () => {
    const { comparison, before: earlier, after: later } = compareAssessments(before, after, { mode: 'common', asOf: '2026-11-26' }, validateInstallDetails, BUILT_IN_PACK)
    expect(comparison.rules.find((rule) => rule.ruleId === 'version/sync-stop-2026')).toMatchObject({ change: 'fixed', before: 'fail', after: 'pass' })
    expect(comparison.verdictBefore).toBe('critical')
    expect(comparison.verdictAfter).not.toBe('critical')
    expect(comparison.counts.fixed).toBeGreaterThan(0)
    expect(earlier).toEqual({ id: BEFORE_ID, name: 'Contoso AADC01', server: 'AADC01', asOf: '2026-11-26', savedOn: '2026-11-20', verdict: 'critical' })
    expect(later).toMatchObject({ id: AFTER_ID, server: 'AADC01', asOf: '2026-11-26', savedOn: '2026-11-26' })
    expect(comparison.notes).toEqual([])
  })

  it('shows a prerequisite that broke between runs as newly failing', () => {
    const broken = saved({ id: AFTER_ID, inputs: [collectorInput({ version: '2.4.27.0', serverConfigurationVersion: '2.4.27.0' }, { dotnet: { release: 394802 } })], updatedAt: '2026-11-26T10:00:00.000Z' })
    const { comparison } = compareAssessments(before, broken, { mode: 'common', asOf: '2026-11-26' }, validateInstallDetails, BUILT_IN_PACK)
    expect(comparison.rules.find((rule) => rule.ruleId === 'prereq/dotnet')).toMatchObject({ change: 'newly-failing', before: 'pass', after: 'fail' })
    expect(comparison.counts['newly-failing']).toBe(1)
  })

  it('evaluates each run on its own date when asked, and notes the different dates', () => {
    const { comparison, before: earlier } = compareAssessments(saved({ inputs: [OLD], asOf: '2026-06-01' }), saved({ id: AFTER_ID, inputs: [OLD], asOf: '2026-11-26' }), { mode: 'own' }, validateInstallDetails, BUILT_IN_PACK)
    expect(earlier.asOf).toBe('2026-06-01')
    expect(comparison.rules.find((rule) => rule.ruleId === 'version/sync-stop-2026')).toMatchObject({ change: 'newly-failing', before: 'warn', after: 'fail' })
    expect(comparison.notes).toEqual([expect.stringContaining('different dates (2026-06-01 then 2026-11-26)')])
  })

  it('notes runs of different servers', () => {
    const other = saved({ id: AFTER_ID, serverName: 'AADC02', inputs: [OLD] })
    const { comparison } = compareAssessments(before, other, { mode: 'common', asOf: '2026-11-26' }, validateInstallDetails, BUILT_IN_PACK)
    expect(comparison.notes).toEqual([expect.stringContaining('different servers (AADC01 then AADC02)')])
  })

  it('notes runs given in the opposite order of saving', () => {
    const { comparison } = compareAssessments(after, before, { mode: 'common', asOf: '2026-11-26' }, validateInstallDetails, BUILT_IN_PACK)
    expect(comparison.notes).toEqual([
      expect.stringMatching(/^The later run has an older build \(2\.4\.27\.0\) than the earlier one \(2\.5\.190\.0\)/),
      expect.stringMatching(/^The earlier run \("Contoso AADC01 \(copy\)"\) was saved after the later one/),
    ])
  })

  it('warns when the later run is on another Windows build, and not when both are on the same one', () => {
    const otherOs = collectorInput({ version: '2.5.79.0', serverConfigurationVersion: '2.5.79.0' }, { server: { name: 'AADC01', domainJoined: true, os: { build: 20348, installationType: 'Server' } } })
    const moved = saved({ id: AFTER_ID, inputs: [otherOs], updatedAt: '2026-11-21T10:00:00.000Z' })
    const { comparison } = compareAssessments(before, moved, { mode: 'common', asOf: '2026-11-26' }, validateInstallDetails, BUILT_IN_PACK)
    expect(comparison.notes).toEqual([expect.stringContaining('different Windows builds (17763 and 20348)')])
    expect(compareAssessments(before, after, { mode: 'common', asOf: '2026-11-26' }, validateInstallDetails, BUILT_IN_PACK).comparison.notes).toEqual([])
  })

  it('reads an assessment without inputs as every fact unknown, without failing', () => {
    const empty = saved({ id: AFTER_ID, serverName: '', inputs: [] })
    const { comparison, after: later } = compareAssessments(before, empty, { mode: 'common', asOf: '2026-11-26' }, validateInstallDetails, BUILT_IN_PACK)
    expect(later).toMatchObject({ server: null, verdict: 'incomplete' })
    const known = comparison.rules.filter((rule) => rule.after !== 'unknown')
    // Only the suspension reason decides without facts: no reason given means it does not apply.
    expect(known.map((rule) => [rule.ruleId, rule.after])).toEqual([['autoupgrade/suspension-reason', 'not-applicable']])
    expect(comparison.rules.length).toBeGreaterThan(10)
    expect(comparison.notes).toEqual([expect.stringContaining('different servers (AADC01 then unknown)')])
  })
})
