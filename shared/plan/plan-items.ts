/**
 * The action plan's building blocks: the steps every upgrade needs, per upgrade path, and the
 * fixes a report's findings ask for (verify staging mode, the staging workaround, the upgrade
 * methods and re-enabling the scheduler, from Microsoft's articles on the staging server,
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-staging-server,
 * and on upgrading, https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-upgrade-previous-version).
 */
import type { Finding } from '../rules/types'

/** When an item is done: now (to restore a server that stopped syncing), before, during or after the upgrade. */
export type PlanPhase = 'now' | 'before' | 'during' | 'after'

/** Each phase's heading, as the summary step's checklist and the reports name it. */
export const PLAN_PHASE_TITLES: Readonly<Record<PlanPhase, string>> = {
  now: 'Now: restore sync',
  before: 'Before the upgrade',
  during: 'During the upgrade',
  after: 'After the upgrade',
}

/** One checklist item. */
export interface PlanItem {
  /** Stable across re-assessments of the same server: ticks are kept by it. */
  readonly id: string
  readonly phase: PlanPhase
  readonly title: string
  readonly detail: string
  readonly powershell?: string
  /** The findings it settles, for "see the step". */
  readonly ruleIds: readonly string[]
}

/** The server-configuration version, as the global settings report it (docs/interface.md §2, "Other inputs"). */
export const READ_CONFIGURATION_VERSION =
  "(Get-ADSyncGlobalSettings).Parameters | Where-Object Name -eq 'Microsoft.Synchronize.ServerConfigurationVersion' | Select-Object Name,Value"

/** The first step of every upgrade: a copy of the configuration to rebuild from. */
export const EXPORT_CONFIGURATION: PlanItem = {
  id: 'export-configuration',
  phase: 'before',
  title: 'Export the current configuration',
  detail: 'In the Microsoft Entra Connect wizard choose "View or export current configuration", export it and keep the JSON file off the server.',
  ruleIds: [],
}

/** Before touching the active server: the standby must really be a standby. */
export const CHECK_STAGING_SERVER: PlanItem = {
  id: 'check-staging-server',
  phase: 'before',
  title: 'Check the staging server',
  detail: 'If there is a staging server, confirm it is in staging mode (StagingModeEnabled True) and has synced in the last 7 days. Never have two active servers.',
  powershell: 'Get-ADSyncScheduler',
  ruleIds: [],
}

/** When the server already runs the newest build the pack knows. */
export function stayCurrentItem(serverName: string): PlanItem {
  return {
    id: 'stay-current',
    phase: 'during',
    title: 'No upgrade needed now',
    detail: `${serverName} runs the newest build the rule pack knows. Keep automatic upgrade on and re-check when a new build appears.`,
    ruleIds: ['version/recommended-target'],
  }
}

/** Pausing the scheduler for an in-place upgrade window. */
export const PAUSE_SCHEDULER: PlanItem = {
  id: 'disable-scheduler',
  phase: 'before',
  title: 'Disable the sync scheduler for the upgrade window',
  detail: 'The path is an in-place upgrade: keep sync cycles from starting while the installer runs. Re-enable it afterwards (see After).',
  powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $false',
  ruleIds: ['version/recommended-target'],
}

/** The staging-mode workaround, for builds whose wizard cannot switch staging mode. */
export const STAGING_WORKAROUND: PlanItem = {
  id: 'staging-workaround',
  phase: 'before',
  title: 'Optional: enter staging mode with the reviewed ADSyncTools script',
  detail: 'This build\'s wizard cannot switch staging mode. Copy the script from the Staging mode step, review it, run it in an elevated Windows PowerShell 5.1 and check StagingModeEnabled True. Upgrading in place without it is the preferred path.',
  ruleIds: ['staging/msonline-workaround'],
}

/** The upgrade itself, for the recommended path. */
export function upgradeItems(path: string, target: string, atLeast: string, serverName: string): readonly PlanItem[] {
  const ids = ['version/recommended-target']
  if (path === 'swing') {
    return [
      { id: 'swing-install', phase: 'during', title: `Install ${target} on a new server in staging mode`, detail: `A new Windows Server 2022 or 2025 server, installer from the Microsoft Entra admin center (at least ${atLeast}); import the exported configuration (an import starts in staging mode).`, ruleIds: ids },
      { id: 'swing-full-sync', phase: 'during', title: 'Run a full import and sync on the new server', detail: 'Then check its pending exports (csexport and CSExportAnalyzer) before it becomes active.', powershell: 'Start-ADSyncSyncCycle -PolicyType Initial', ruleIds: ids },
      { id: 'swing-switch', phase: 'during', title: `Switch roles: ${serverName} to staging first, then the new server to active`, detail: 'Use "Configure staging mode" in each server\'s wizard, in that order, so that two servers never export at once.', ruleIds: ids },
    ]
  }
  return [
    { id: 'upgrade-in-place', phase: 'during', title: `Upgrade ${serverName} in place to ${target}`, detail: `Download the installer from the Microsoft Entra admin center (Entra Connect > Manage), run it on the server and choose Upgrade (at least ${atLeast}). To defer the full sync, clear "Start the synchronization process when configuration completes".`, ruleIds: ids },
  ]
}

/**
 * The quickest way back to syncing for a server that has stopped: an in-place upgrade to the
 * target (which meets every floor already passed), without waiting for the slower preparation.
 */
export function restoreSyncItem(target: string, atLeast: string, serverName: string, stoppedOn: string): PlanItem {
  return {
    id: 'restore-sync-in-place',
    phase: 'now',
    title: `Restore sync: upgrade ${serverName} in place to ${target}`,
    detail: `Sync has stopped since ${stoppedOn}; an in-place upgrade is the fastest way back. Download the installer from the Microsoft Entra admin center (Entra Connect > Manage), run it on the server and choose Upgrade (at least ${atLeast}). If you can spare two minutes first, export the configuration ("View or export current configuration" in the wizard).`,
    ruleIds: ['version/sync-stop-2026', 'version/recommended-target'],
  }
}

/** The checks and restarts after every upgrade (in `phase`: after, or now right after restoring sync). */
export function followUpItems(atLeast: string, phase: PlanPhase = 'after'): readonly PlanItem[] {
  return [
    { id: 'verify-scheduler', phase: 'after', title: 'Check the scheduler', detail: 'StagingModeEnabled False on the active server (True on a staging server), SchedulerSuspended False.', powershell: 'Get-ADSyncScheduler', ruleIds: ['staging/scheduler'] },
    { id: 'enable-scheduler', phase: 'after', title: 'Re-enable the sync scheduler', detail: 'The upgrade, the workaround or you may have left it off.', powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $true', ruleIds: ['staging/scheduler'] },
    { id: 'start-delta', phase: 'after', title: 'Start a delta sync cycle', detail: 'Then watch the run in the Synchronization Service Manager (close it afterwards).', powershell: 'Start-ADSyncSyncCycle -PolicyType Delta', ruleIds: [] },
    { id: 'check-version', phase: 'after', title: `Check the version: at least ${atLeast}`, detail: 'Programs and Features and the server configuration version must both show the new build.', powershell: READ_CONFIGURATION_VERSION, ruleIds: ['version/partial-upgrade'] },
  ].map((item) => ({ ...item, phase }))
}

/** After a swing migration: the old server must not come back as a second active server. */
export const DECOMMISSION: PlanItem = {
  id: 'decommission-old-server',
  phase: 'after',
  title: 'Decommission (or upgrade) the old server',
  detail: 'A forgotten old server can overwrite Entra data if it is switched back to active.',
  ruleIds: ['version/recommended-target'],
}

/** After the workaround: staging mode is switched back in the upgraded wizard. */
export const SWITCH_STAGING_BACK: PlanItem = {
  id: 'switch-staging-back',
  phase: 'after',
  title: 'Switch staging mode back in the upgraded wizard',
  detail: 'If this server should be active again: Microsoft Entra Connect > "Configure staging mode", after switching the other server to staging.',
  ruleIds: ['staging/msonline-workaround'],
}

/** A finding's own fix, as a checklist item (prerequisites before, the rest after). */
export function fixItem(finding: Finding, phase: PlanPhase, step = finding.remediation[0]): PlanItem {
  return {
    id: `fix:${finding.ruleId}`,
    phase,
    title: `Fix: ${finding.title}`,
    detail: step === undefined ? finding.message : `${finding.message} ${step.text}`,
    ...(step?.powershell === undefined ? {} : { powershell: step.powershell }),
    ruleIds: [finding.ruleId],
  }
}
