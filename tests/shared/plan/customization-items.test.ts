/**
 * The checklist's customization steps: the customized server's findings add them, in their
 * phases; a default express install and a server whose customizations were not read add none.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { buildActionPlan } from '~shared/plan/action-plan'
import { customizationItems } from '~shared/plan/customization-items'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { buildTimeline } from '~shared/rules/timeline'
import { buildDeadlineView } from '~shared/timeline/deadline-view'
import type { InstallDetails } from '~shared/types/install-details'
import { formatIsoDate } from '~shared/dates/iso-date'

const AS_OF = '2026-11-26'
const CUSTOMIZATION_IDS = ['export-custom-rules', 'export-settings-before-swing', 'review-miiserver-config', 'reapply-miiserver-config', 'recreate-swing-gaps', 'reapply-modified-defaults']

function fixture(name: string): InstallDetails {
  return JSON.parse(readFileSync(new URL(`../../fixtures/collector/${name}-collector-output.json`, import.meta.url), 'utf8')) as InstallDetails
}

function planFor(details: InstallDetails) {
  const report = assessServer(details, AS_OF, BUILT_IN_PACK)
  const deadlines = buildDeadlineView(buildTimeline(details, AS_OF, BUILT_IN_PACK), AS_OF, details.connect?.version !== undefined, formatIsoDate)
  return { report, plan: buildActionPlan({ report, deadlines, stagingKind: 'wizard', serverName: details.server?.name ?? undefined }) }
}

const customizationsOf = (items: readonly { id: string }[]) => items.map((item) => item.id).filter((id) => CUSTOMIZATION_IDS.includes(id))

describe('customization steps on the checklist', () => {
  it('the customized server: export the rules and keep the config before, re-apply both after an in-place upgrade', () => {
    const { plan } = planFor(fixture('customized'))
    expect(customizationsOf(plan.items)).toEqual(['export-custom-rules', 'review-miiserver-config', 'reapply-miiserver-config', 'reapply-modified-defaults'])
    const byId = new Map(plan.items.map((item) => [item.id, item]))
    expect(byId.get('export-custom-rules')).toMatchObject({ phase: 'before', powershell: expect.stringContaining('Get-ADSyncServerConfiguration') })
    expect(byId.get('export-custom-rules')?.ruleIds).toContain('customizations/disabled-standard-rule')
    expect(byId.get('review-miiserver-config')?.detail).toMatch(/^miiserver\.exe\.config was modified/)
    expect(byId.get('reapply-modified-defaults')).toMatchObject({ phase: 'after', detail: expect.stringContaining('In from AD - User Join') })
    // Exported before the scheduler is paused and the upgrade starts.
    const order = plan.items.map((item) => item.id)
    expect(order.indexOf('export-custom-rules')).toBeLessThan(order.indexOf('disable-scheduler'))
  })

  it('a swing: the settings are exported on the day and the gaps re-created on the new server', () => {
    const { report } = planFor(fixture('customized'))
    const items = customizationItems(report, 'swing')
    expect(items.before.map((item) => item.id)).toEqual(['export-custom-rules', 'export-settings-before-swing', 'review-miiserver-config'])
    expect(items.during.map((item) => item.id)).toEqual(['recreate-swing-gaps'])
    expect(items.during[0]?.detail).toMatch(/^A swing migration through the exported settings will not carry/)
    expect(items.after.map((item) => item.id)).toEqual(['reapply-miiserver-config'])
    expect(items.after[0]?.detail).toMatch(/new server has its own/)
  })

  it('a default express install: no customization step', () => {
    expect(customizationsOf(planFor(fixture('express-default')).plan.items)).toEqual([])
  })

  it('customizations not read (unknown): no step is guessed', () => {
    const { customizations: _dropped, ...unread } = fixture('customized') as InstallDetails & { customizations?: unknown }
    const { report, plan } = planFor(unread)
    const read = report.findings.filter((finding) => finding.ruleId.startsWith('customizations/') && finding.status !== 'unknown' && finding.status !== 'pass')
    // Only the Cloud Sync tool's verdict stands: it also weighs the features, which were read.
    expect(read.map((finding) => `${finding.ruleId} ${finding.status}`)).toEqual(['customizations/cloud-sync-tool fail'])
    expect(customizationsOf(plan.items)).toEqual([])
    expect(customizationItems(report, 'swing')).toEqual({ before: [], during: [], after: [] })
  })
})
