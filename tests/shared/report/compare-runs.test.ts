import { describe, expect, it } from 'vitest'
import type { Status } from '~shared/rules/types'
import { classifyChange, compareRuns, type RunSnapshot } from '~shared/report/compare-runs'
import { serverFromFile } from '~tests/support/report-fleet'

function run(statuses: Readonly<Record<string, Status>>, extra: Partial<RunSnapshot> = {}): RunSnapshot {
  return {
    name: 'AADC01',
    asOf: '2026-11-26',
    rulePack: { version: '2026.11.26' },
    verdict: 'critical',
    findings: Object.entries(statuses).map(([ruleId, status]) => ({ ruleId, title: ruleId, status, message: `${ruleId} ${status}` })),
    ...extra,
  }
}

describe('classifyChange', () => {
  it.each([
    ['fail', 'pass', 'fixed'],
    ['warn', 'not-applicable', 'fixed'],
    ['fail', 'info', 'fixed'],
    ['pass', 'fail', 'newly-failing'],
    ['unknown', 'warn', 'newly-failing'],
    [null, 'fail', 'newly-failing'],
    ['warn', 'fail', 'newly-failing'],
    ['fail', 'warn', 'changed'],
    ['warn', 'unknown', 'changed'],
    ['pass', 'unknown', 'changed'],
    ['fail', null, 'changed'],
    ['fail', 'fail', 'unchanged'],
    ['pass', 'pass', 'unchanged'],
  ] as const)('%s → %s is %s', (before, after, change) => {
    expect(classifyChange(before, after)).toBe(change)
  })
})

describe('compareRuns', () => {
  it('compares rule by rule, in the later run order with retired rules last, and counts', () => {
    const before = run({ 'version/a': 'fail', 'prereq/b': 'pass', 'staging/retired': 'warn', 'prereq/c': 'warn' })
    const after = run({ 'prereq/new': 'fail', 'version/a': 'pass', 'prereq/b': 'fail', 'prereq/c': 'warn' }, { verdict: 'critical' })
    const comparison = compareRuns(before, after)
    expect(comparison.rules.map((rule) => [rule.ruleId, rule.change])).toEqual([
      ['prereq/new', 'newly-failing'],
      ['version/a', 'fixed'],
      ['prereq/b', 'newly-failing'],
      ['prereq/c', 'unchanged'],
      ['staging/retired', 'changed'],
    ])
    expect(comparison.counts).toEqual({ fixed: 1, 'newly-failing': 2, changed: 1, unchanged: 1 })
    expect(comparison.rules[1]).toEqual({ ruleId: 'version/a', title: 'version/a', change: 'fixed', before: 'fail', after: 'pass', messageBefore: 'version/a fail', messageAfter: 'version/a pass' })
    expect(comparison.notes).toEqual([])
  })

  it('notes other dates, other server names and other rule packs', () => {
    const comparison = compareRuns(run({}), run({}, { name: 'AADC02', asOf: '2027-01-10', rulePack: { version: '2027.01.01' } }))
    expect(comparison.notes).toEqual([
      expect.stringContaining('as of different dates (2026-11-26 then 2027-01-10)'),
      expect.stringContaining('different servers (AADC01 then AADC02)'),
      expect.stringContaining('rule pack changed (2026.11.26 then 2027.01.01)'),
    ])
  })

  it('shows an upgrade of a real server as fixed findings', () => {
    const before = serverFromFile('tests/fixtures/files/aadc01.json')
    const after = serverFromFile('tests/fixtures/scenarios/current-2-5-79.json')
    const comparison = compareRuns({ ...before, asOf: '2026-11-26', rulePack: { version: 'x' } }, { ...after, name: 'AADC01', asOf: '2026-11-26', rulePack: { version: 'x' } })
    expect(comparison.rules.find((rule) => rule.ruleId === 'version/sync-stop-2026')).toMatchObject({ change: 'fixed', before: 'fail', after: 'pass' })
    expect(comparison.verdictBefore).toBe('critical')
  })
})
