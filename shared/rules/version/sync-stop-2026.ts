/**
 * `version/sync-stop-2026`: below 2.5.79.0, all synchronization fails from 30 Sep 2026.
 */
import { daysBetween, isBelow, isOnOrAfter } from '../remembered'
import { installedVersion } from '../read-facts'
import { SOURCE_HARDENING, SOURCE_PREREQUISITES } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const syncStop2026: Rule = {
  id: 'version/sync-stop-2026',
  step: 'version',
  title: 'Synchronization minimum {minimum} (the 2026 floor)',
  severity: 'blocker',
  confidence: 'documented',
  caveat:
    'The hardening article states this floor; the newest prerequisites revision no longer shows it and shows the ' +
    '2027 floor instead. Every build below {minimum} is past its end of support anyway, so the advice is the same.',
  why:
    'Microsoft moved Connect Sync to a dedicated first-party application ("Microsoft Entra AD Synchronization ' +
    'Service"). Builds below {minimum} cannot use it: from {stops|date} all their synchronization fails until upgraded.',
  sources: [SOURCE_HARDENING, SOURCE_PREREQUISITES],
  facts: ['connect.version'],
  packData: (pack) => {
    const { minimum, stops } = pack.deadlines.syncStop2026
    return { minimum, stops, dotnetMinimum: pack.thresholds.dotnet.minimumName }
  },
  messages: {
    pass: '{version} meets the 2026 minimum {minimum}.',
    warn: '{version} is below {minimum}: all synchronization stops on {stops|date} ({daysLeft|day} after the as-of date).',
    fail: '{version} is below {minimum}, required since {stops|date}: all synchronization has stopped on this server.',
    unknown: 'The installed Connect version is not known.',
  },
  headlines: {
    warn: 'Sync stops on {stops|date}: {version} is below {minimum}',
    fail: 'Sync stopped on {stops|date}: {version} is below {minimum}',
    unknown: 'Installed version not known',
  },
  remediation: {
    warn: [
      { text: 'Download the newest build from the Microsoft Entra admin center (Entra Connect > Manage) and upgrade: current builds are not on the Download Center.' },
      { text: 'Check that {dotnetMinimum} or later and TLS 1.2 are in place first (prerequisites step).' },
    ],
    fail: [
      { text: 'Upgrade now to the newest build from the Microsoft Entra admin center (Entra Connect > Manage); sync resumes after the upgrade.' },
      { text: 'After the upgrade, check the scheduler and run a delta cycle.', powershell: 'Get-ADSyncScheduler\nStart-ADSyncSyncCycle -PolicyType Delta' },
    ],
  },
  check: ({ details, asOf, pack }): Outcome => {
    const version = installedVersion(details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const { minimum, stops } = pack.deadlines.syncStop2026
    const data = { version, minimum, stops }
    if (!isBelow(version, minimum)) {
      return { status: 'pass', messageId: 'pass', data }
    }
    if (isOnOrAfter(asOf, stops)) {
      return { status: 'fail', messageId: 'fail', data }
    }
    return { status: 'warn', messageId: 'warn', data: { version, minimum, stops, daysLeft: daysBetween(asOf, stops) } }
  },
}
