/**
 * `staging/msonline-workaround`: V2 builds before 2.4.18.0 still call MSOnline in the wizard, so
 * from 30 Apr 2025 their wizard cannot switch staging mode (hardening article; what's new, 2025).
 *
 * The workaround cmdlet needs Windows PowerShell 5.1: on a server whose PowerShell is Core it fails.
 */
import { isBelow, isOnOrAfter } from '../remembered'
import { installedVersion } from '../read-facts'
import { SOURCE_ADSYNCTOOLS, SOURCE_ADSYNCTOOLS_GALLERY, SOURCE_HARDENING, SOURCE_WHATS_NEW } from '../sources'
import type { Outcome, RemediationStep, Rule } from '../types'

const UPGRADE_IN_PLACE: RemediationStep = {
  text: 'Preferred: upgrade in place to the newest build from the Microsoft Entra admin center; the upgraded wizard can switch staging mode again.',
}
const WORKAROUND: RemediationStep = {
  text:
    'To enter staging mode before upgrading: in an elevated Windows PowerShell 5.1 (not PowerShell 7), install or ' +
    'update ADSyncTools and run the workaround cmdlet; upgrade, then re-enable the scheduler.',
  powershell:
    'if (Get-Module -Name ADSyncTools -ListAvailable) {Update-Module -Name ADSyncTools} else {Install-Module -Name ADSyncTools}\n' +
    'Import-Module ADSyncTools\n' +
    'Enable-ADSyncToolsStagingMode',
}
const RESUME: RemediationStep = { text: 'After the upgrade, re-enable the scheduler.', powershell: 'Set-ADSyncScheduler -SyncCycleEnabled $true' }
const LEAVE_STAGING: RemediationStep = {
  text: 'To take a server out of staging mode before its upgrade, the same module has the matching cmdlet (Windows PowerShell 5.1).',
  powershell: 'Import-Module ADSyncTools\nDisable-ADSyncToolsStagingMode',
}

/** The rule. */
export const msonlineWorkaround: Rule = {
  id: 'staging/msonline-workaround',
  step: 'staging',
  title: 'Staging mode can be switched (MSOnline retirement)',
  severity: 'warning',
  confidence: 'derived',
  caveat:
    'Which builds are affected is derived ({removedIn} removed every MSOnline reference). Enable-ADSyncToolsStagingMode ' +
    'is named in the hardening article but not in the ADSyncTools reference on Learn; the ADSyncTools package ' +
    '(versions 2.1.0 to 2.5.2 on the PowerShell Gallery) lists it beside Disable-ADSyncToolsStagingMode.',
  why:
    'Older V2 builds switch staging mode through the MSOnline PowerShell module, which Microsoft retired in 2025. ' +
    'On them the wizard can no longer put the server in staging mode, which a careful upgrade or swing migration needs.',
  sources: [SOURCE_HARDENING, SOURCE_WHATS_NEW, SOURCE_ADSYNCTOOLS, SOURCE_ADSYNCTOOLS_GALLERY],
  facts: ['connect.version', 'powershell.edition'],
  packData: (pack) => ({ removedIn: pack.thresholds.msonline.removedIn }),
  messages: {
    warn: '{version} still uses MSOnline: since {from|date} its wizard cannot switch staging mode. Upgrade in place, or use the ADSyncTools workaround.',
    fail: '{version} still uses MSOnline: since {from|date} its wizard cannot switch staging mode, and the workaround cmdlet does not run in PowerShell Core, which this server reports.',
    'not-applicable': '{version} does not depend on MSOnline for staging mode (or the retirement date has not come).',
    unknown: 'The installed Connect version is not known.',
  },
  headlines: {
    warn: 'The {version} wizard cannot switch staging mode',
    fail: 'Staging mode cannot be switched on this server',
    unknown: 'Installed version not known',
  },
  remediation: {
    warn: [UPGRADE_IN_PLACE, WORKAROUND, LEAVE_STAGING, RESUME],
    fail: [UPGRADE_IN_PLACE, { ...WORKAROUND, text: `Run the workaround in Windows PowerShell 5.1 (powershell.exe), not PowerShell 7: ${WORKAROUND.text}` }, LEAVE_STAGING, RESUME],
  },
  check: ({ details, asOf, pack }): Outcome => {
    const version = installedVersion(details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const { v2From, removedIn } = pack.thresholds.msonline
    const from = pack.deadlines.hardening2025.wizardSignInStops
    const data = { version, removedIn, from, edition: details.powershell?.edition ?? null }
    const isAffected = !isBelow(version, v2From) && isBelow(version, removedIn) && isOnOrAfter(asOf, from)
    if (!isAffected) {
      return { status: 'not-applicable', messageId: 'not-applicable', data }
    }
    return details.powershell?.edition === 'Core'
      ? { status: 'fail', messageId: 'fail', data }
      : { status: 'warn', messageId: 'warn', data }
  },
}
