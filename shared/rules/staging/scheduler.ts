/**
 * `staging/scheduler`: the sync cycle must be enabled (Microsoft's scheduler article,
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler,
 * and Microsoft's automatic upgrade article, which asks for it to be on:
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-automatic-upgrade).
 */
import { SOURCE_AUTO_UPGRADE, SOURCE_SCHEDULER } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const scheduler: Rule = {
  id: 'staging/scheduler',
  step: 'staging',
  title: 'Sync scheduler enabled',
  severity: 'warning',
  confidence: 'documented',
  why:
    'With the sync cycle disabled nothing imports, synchronizes or exports on schedule, automatic upgrade aborts ' +
    '(UpgradeAbortedSyncCycleDisabled), and with application-based authentication certificate rotation stops. ' +
    'Admins often disable it for an upgrade and forget to turn it back on.',
  sources: [SOURCE_SCHEDULER, SOURCE_AUTO_UPGRADE],
  facts: ['connect.syncCycleEnabled'],
  messages: {
    pass: 'The sync cycle is enabled.',
    warn: 'The sync cycle is disabled: re-enable it (after the upgrade, if one is under way).',
    unknown: 'Whether the sync cycle is enabled is not known.',
  },
  headlines: {
    warn: 'The sync cycle is disabled',
    unknown: 'Sync cycle state not known',
  },
  remediation: {
    warn: [
      { text: 'Re-enable the scheduler once the upgrade is done, and start a delta cycle.', powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $true\nStart-ADSyncSyncCycle -PolicyType Delta' },
    ],
    unknown: [{ text: 'Read the scheduler settings.', powershell: 'Get-ADSyncScheduler' }],
  },
  check: ({ details }): Outcome => {
    const isEnabled = details.connect?.syncCycleEnabled ?? undefined
    if (isEnabled === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    return isEnabled ? { status: 'pass', messageId: 'pass' } : { status: 'warn', messageId: 'warn' }
  },
}
