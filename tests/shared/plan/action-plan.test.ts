import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { addDays } from '~shared/dates/iso-date'
import { buildActionPlan, firstUntickedItem } from '~shared/plan/action-plan'
import { findPracticeScenario } from '~shared/practice/scenarios'
import { buildTimeline } from '~shared/rules/timeline'
import type { StagingPathKind } from '~shared/staging/staging-path'
import { buildDeadlineView } from '~shared/timeline/deadline-view'
import type { InstallDetails } from '~shared/types/install-details'
import { connectOnly } from '../rules/harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

function planFor(details: InstallDetails, asOf: string, stagingKind: StagingPathKind = 'wizard') {
  const report = assessServer(details, asOf, BUILT_IN_PACK)
  const deadlines = buildDeadlineView(buildTimeline(details, asOf, BUILT_IN_PACK), asOf, details.connect?.version !== undefined, formatIsoDate)
  return buildActionPlan({ report, deadlines, stagingKind, serverName: details.server?.name ?? undefined })
}

function scenario(id: string) {
  const found = findPracticeScenario(id)
  if (found === undefined) {
    throw new Error(id)
  }
  return planFor(found.document, found.asOf, id === 'staging-workaround' ? 'workaround' : 'wizard')
}

const ids = (plan: ReturnType<typeof planFor>) => plan.items.map((item) => item.id)

describe('buildActionPlan', () => {
  it('starts by exporting the configuration and checking the staging server', () => {
    expect(ids(scenario('suspended-auto-upgrade')).slice(0, 2)).toEqual(['export-configuration', 'check-staging-server'])
  })

  it('orders the items before, during, then after the upgrade', () => {
    const phases = scenario('staging-workaround').items.map((item) => item.phase)
    expect(phases).toEqual([...phases].sort((a, b) => ['before', 'during', 'after'].indexOf(a) - ['before', 'during', 'after'].indexOf(b)))
  })

  it('disables the scheduler before an in-place upgrade and re-enables it after', () => {
    const plan = scenario('suspended-auto-upgrade')
    expect(plan.items.find((item) => item.id === 'disable-scheduler')?.powershell).toBe('Set-ADSyncScheduler -SyncCycleEnabled $false')
    expect(plan.items.find((item) => item.id === 'enable-scheduler')?.powershell).toBe('Set-ADSyncScheduler -SyncCycleEnabled $true')
  })

  it('ends with the scheduler check, a delta cycle and the version check', () => {
    const plan = scenario('usgov-2-4-18')
    const after = plan.items.filter((item) => item.phase === 'after').map((item) => item.powershell)
    expect(after).toEqual(expect.arrayContaining(['Get-ADSyncScheduler', 'Start-ADSyncSyncCycle -PolicyType Delta']))
    expect(ids(plan)).toContain('check-version')
  })

  it('plans a swing migration for the V1 server, without disabling its scheduler', () => {
    const plan = scenario('v1-2012r2')
    expect(ids(plan)).toEqual(expect.arrayContaining(['swing-install', 'swing-full-sync', 'swing-switch', 'decommission-old-server']))
    expect(ids(plan)).not.toContain('disable-scheduler')
    expect(ids(plan)).not.toContain('upgrade-in-place')
  })

  it('puts the failing prerequisites first, before the upgrade', () => {
    const plan = scenario('v1-2012r2')
    expect(plan.items.filter((item) => item.id.startsWith('fix:prereq/')).every((item) => item.phase === 'before')).toBe(true)
    expect(ids(plan)).toContain('fix:prereq/os')
  })

  it('adds the workaround and switching staging back when the wizard cannot switch staging mode', () => {
    expect(ids(scenario('staging-workaround'))).toEqual(expect.arrayContaining(['staging-workaround', 'switch-staging-back']))
    expect(ids(scenario('usgov-2-4-18'))).not.toContain('staging-workaround')
  })

  it('is due now when a deadline has passed, naming the worst one', () => {
    expect(scenario('usgov-2-4-18').due).toEqual({ kind: 'now', text: 'Now: broken since 2025-04-30 (Wizard sign-in to Entra ID fails)' })
  })

  it('says "probably" when the only passed date is one Microsoft has not confirmed', () => {
    // 2.6.91.0's end of support (2027-09-23) is derived from a build known only from third-party material.
    const current = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/current-2-5-79.json', import.meta.url), 'utf8')) as InstallDetails
    const on2691 = { ...current, connect: { ...current.connect, version: '2.6.91.0', serverConfigurationVersion: '2.6.91.0' } }
    expect(planFor(on2691, '2027-09-23', 'wizard').due).toEqual({ kind: 'now', text: 'Now: probably broken since 2027-09-23 (This build out of support)' })
  })

  it('is due by the next deadline otherwise', () => {
    expect(scenario('suspended-auto-upgrade').due).toEqual({ kind: 'by', text: 'By 2026-05-26 (This build out of support, breaks in 85 days)' })
  })

  it('says what to do first and by when', () => {
    expect(scenario('suspended-auto-upgrade').first).toBe('Export the current configuration. By 2026-05-26 (This build out of support, breaks in 85 days).')
  })

  it('asks for the version when it is not known', () => {
    const plan = planFor(connectOnly({}), '2026-11-26')
    expect(ids(plan)).toEqual(['enter-version'])
  })

  it('gives every item a unique id', () => {
    for (const id of ['healthy-current', 'v1-2012r2', 'suspended-auto-upgrade', 'staging-workaround', 'usgov-2-4-18', 'cloud-sync-candidate']) {
      const all = ids(scenario(id))
      expect(new Set(all).size, id).toBe(all.length)
    }
  })
})

describe('buildActionPlan during an outage', () => {
  const collector = JSON.parse(readFileSync(new URL('../../fixtures/collector/aadc01-collector-output.json', import.meta.url), 'utf8')) as InstallDetails
  const { syncStop2026 } = BUILT_IN_PACK.deadlines

  it('leads with the in-place upgrade that restores sync once sync has stopped, then the swing migration', () => {
    const plan = planFor(collector, syncStop2026.stops)
    expect(plan.items[0]?.id).toBe('restore-sync-in-place')
    expect(plan.items[0]?.phase).toBe('now')
    expect(plan.first).toMatch(/^Restore sync: upgrade AADC01 in place to /)
    const order = ids(plan)
    expect(order.indexOf('export-configuration')).toBeGreaterThan(order.indexOf('restore-sync-in-place'))
    if (order.includes('swing-install')) {
      expect(order.indexOf('swing-install')).toBeGreaterThan(order.indexOf('start-delta'))
    }
    expect(new Set(order).size).toBe(order.length)
  })

  it('keeps the ordinary order the day before sync stops', () => {
    const plan = planFor(collector, addDays(syncStop2026.stops, -1))
    expect(ids(plan)).not.toContain('restore-sync-in-place')
    expect(plan.items[0]?.id).toBe('export-configuration')
  })

  it('moves "First:" to the first item not ticked, in the order the checklist shows', () => {
    const plan = planFor(collector, syncStop2026.stops)
    const [first, second] = plan.items
    expect(firstUntickedItem(plan, {})?.id).toBe(first?.id)
    expect(firstUntickedItem(plan, { [first?.id ?? '']: true })?.id).toBe(second?.id)
    expect(firstUntickedItem(plan, Object.fromEntries(plan.items.map((item) => [item.id, true])))).toBeUndefined()
  })

  it('does not offer an in-place upgrade where Windows cannot run V2', () => {
    const v1 = JSON.parse(readFileSync(new URL('../../fixtures/scenarios/v1-ws2012r2.json', import.meta.url), 'utf8')) as InstallDetails
    expect(ids(planFor(v1, '2026-12-06'))).not.toContain('restore-sync-in-place')
  })
})
