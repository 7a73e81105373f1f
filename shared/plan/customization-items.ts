/**
 * The checklist's customization steps, from the customization findings: export the custom sync
 * rules before anything changes, keep and review miiserver.exe.config, and after the upgrade
 * re-apply what an upgrade or a swing does not carry. Microsoft's sources: the Synchronization
 * Rules Editor export and the upgrade's handling of modified default rules,
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-change-the-configuration,
 * and the exported settings a swing migration imports,
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-import-export-config.
 *
 * A customization finding that passes or is unknown adds nothing: the default install's
 * checklist is the same as before, and an unknown is shown on its step, not guessed at here.
 */
import type { Finding, Report } from '../rules/types'
import type { PlanItem } from './plan-items'

/** The upgrade path the plan follows. */
type UpgradePath = 'in-place' | 'swing'

const CONFIG_PATH = '$env:ProgramFiles\\Microsoft Azure AD Sync\\Bin\\miiserver.exe.config'

function needsWork(report: Report, ruleId: string): Finding | undefined {
  const finding = report.findings.find((entry) => entry.ruleId === ruleId)
  return finding !== undefined && (finding.status === 'fail' || finding.status === 'warn' || finding.status === 'info') ? finding : undefined
}

function present(findings: readonly (Finding | undefined)[]): readonly Finding[] {
  return findings.filter((finding): finding is Finding => finding !== undefined)
}

/** The customization items for `path`, split by phase: before the upgrade, during it and after it. */
export function customizationItems(report: Report, path: UpgradePath): { readonly before: readonly PlanItem[]; readonly during: readonly PlanItem[]; readonly after: readonly PlanItem[] } {
  const rules = present([
    needsWork(report, 'customizations/disabled-standard-rule'),
    needsWork(report, 'customizations/custom-rule-tag'),
    needsWork(report, 'customizations/custom-rule-precedence'),
    needsWork(report, 'customizations/exported-settings'),
  ])
  const modifiedDefaults = needsWork(report, 'customizations/disabled-standard-rule')
  const config = needsWork(report, 'customizations/miiserver-config')
  const swingGaps = path === 'swing' ? present([needsWork(report, 'customizations/swing-settings'), needsWork(report, 'customizations/custom-rule-precedence')]) : []

  const before: PlanItem[] = []
  const during: PlanItem[] = []
  const after: PlanItem[] = []
  if (rules.length > 0) {
    before.push({
      id: 'export-custom-rules',
      phase: 'before',
      title: 'Export the custom sync rules',
      detail: 'In the Synchronization Rules Editor, select each custom rule (and each edited copy of a default rule) and choose Export: each becomes a PowerShell script you can run again. Keep a full copy of the configuration too.',
      powershell: 'Get-ADSyncServerConfiguration -Path "$env:USERPROFILE\\Documents\\ServerConfiguration"',
      ruleIds: rules.map((finding) => finding.ruleId),
    })
  }
  if (path === 'swing' && (rules.length > 0 || swingGaps.length > 0)) {
    before.push({
      id: 'export-settings-before-swing',
      phase: 'before',
      title: 'Export the settings just before the swing',
      detail: 'In the wizard choose "View or export current configuration" and Export settings on the day, so the new server imports what the old one runs now.',
      ruleIds: present([needsWork(report, 'customizations/exported-settings'), ...swingGaps]).map((finding) => finding.ruleId),
    })
  }
  if (config !== undefined) {
    before.push({
      id: 'review-miiserver-config',
      phase: 'before',
      title: 'Keep a copy of miiserver.exe.config and review it',
      detail: `${config.message} Note each change you made, so you can make it again on the new build.`,
      powershell: `Copy-Item "${CONFIG_PATH}" "$env:USERPROFILE\\Documents\\"`,
      ruleIds: [config.ruleId],
    })
    after.push({
      id: 'reapply-miiserver-config',
      phase: 'after',
      title: 'Make your miiserver.exe.config changes again',
      detail: path === 'swing' ? 'The new server has its own, unmodified file: add your changes to it, then restart the sync service.' : 'The upgrade may have replaced the file: compare it with your copy, add your changes again, then restart the sync service.',
      ruleIds: [config.ruleId],
    })
  }
  if (swingGaps.length > 0) {
    during.push({
      id: 'recreate-swing-gaps',
      phase: 'during',
      title: 'Re-create on the new server what the exported settings do not carry',
      detail: `${swingGaps[0]?.message ?? ''} Run the exported rule scripts on the new server while it is in staging mode, before its first full sync.`.trim(),
      ruleIds: swingGaps.map((finding) => finding.ruleId),
    })
  }
  if (modifiedDefaults !== undefined && path === 'in-place') {
    after.push({
      id: 'reapply-modified-defaults',
      phase: 'after',
      title: 'Check your edited copies of default rules against the new build',
      detail: `${modifiedDefaults.message} Compare each copy with the new build's default rule in the Synchronization Rules Editor and carry over what changed.`,
      ruleIds: [modifiedDefaults.ruleId],
    })
  }
  return { before, during, after }
}
