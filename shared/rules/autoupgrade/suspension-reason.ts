/**
 * `autoupgrade/suspension-reason`: what the suspension reason from `Get-ADSyncAutoUpgrade -Detail`
 * means (the states and UpgradeResult codes of Microsoft's automatic upgrade article:
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-automatic-upgrade).
 *
 * The reason is free text: usually an UpgradeResult code (current or historical, in either spelling
 * of the "exe in use" code), sometimes compound (`UpgradeFailedRollbackSuccess-<detail>`: decoded by
 * its prefix, the detail shown), sometimes another string. Unrecognised text is `unknown`, shown raw.
 */
import { SOURCE_ADSYNC_CMDLETS, SOURCE_AUTO_UPGRADE, SOURCE_AUTO_UPGRADE_HISTORY, SOURCE_AUTO_UPGRADE_TROUBLESHOOT } from '../sources'
import type { Outcome, Rule } from '../types'
import { codeRemediation, decodeReason } from '../upgrade-code-lookup'

const UNCERTAIN_CODE =
  'This code is known only from an example in the article or from older revisions of it (its meaning there is ' +
  'given); whether current builds still report it is not documented.'

/** The rule. */
export const suspensionReason: Rule = {
  id: 'autoupgrade/suspension-reason',
  step: 'autoupgrade',
  title: 'Why automatic upgrade was suspended',
  severity: 'warning',
  confidence: 'documented',
  why:
    'When the system suspends automatic upgrade it records why. "UpgradeAborted..." reasons are temporary and ' +
    'retried; "UpgradeNotSupported..." reasons mean the configuration rules automatic upgrade out, so upgrade ' +
    'manually.',
  sources: [SOURCE_AUTO_UPGRADE, SOURCE_AUTO_UPGRADE_HISTORY, SOURCE_AUTO_UPGRADE_TROUBLESHOOT, SOURCE_ADSYNC_CMDLETS],
  facts: ['connect.autoUpgrade.suspensionReason', 'connect.autoUpgrade.state'],
  messages: {
    known: '{reason}: {meaning}',
    compound: '{reason}: {meaning} Detail reported: {detail}.',
    unrecognised: 'The suspension reason "{reason}" is not a code the rule pack knows.',
    'unknown-missing': 'Automatic upgrade is suspended, but its reason was not collected.',
    absent: 'No suspension reason is recorded.',
  },
  headlines: {
    known: 'Automatic upgrade suspended: {reason}',
    compound: 'Automatic upgrade suspended: {reason}',
    unrecognised: 'Unrecognised suspension reason: {reason}',
    'unknown-missing': 'Suspension reason not collected',
  },
  remediation: {
    unrecognised: [
      { text: 'Read the auto-upgrade log for details: %ProgramData%\\AADConnect\\SyncEngine-AutoUpgrader-*.log, and Application events 300-399.' },
    ],
    'unknown-missing': [{ text: 'Read the reason.', powershell: 'Get-ADSyncAutoUpgrade -Detail' }],
  },
  check: ({ details, pack }): Outcome => {
    const autoUpgrade = details.connect?.autoUpgrade
    const raw = autoUpgrade?.suspensionReason
    if (raw === undefined && autoUpgrade?.state === 'Suspended') {
      return { status: 'unknown', messageId: 'unknown-missing' }
    }
    if (raw === undefined || raw === null || raw.trim() === '') {
      return { status: 'not-applicable', messageId: 'absent' }
    }
    const reason = raw.trim()
    const decoded = decodeReason(pack, reason)
    if (decoded === undefined) {
      return { status: 'unknown', messageId: 'unrecognised', data: { reason } }
    }
    const detail = decoded.map((entry) => entry.detail).filter((entry) => entry !== null).join(', ')
    const isUncertain = decoded.some((entry) => entry.code.confidence !== 'documented')
    return {
      status: 'warn',
      messageId: detail === '' ? 'known' : 'compound',
      data: {
        reason,
        codes: decoded.map((entry) => entry.code.code),
        effects: decoded.map((entry) => entry.code.effect),
        meaning: decoded.map((entry) => entry.code.meaning).join(' '),
        detail: detail === '' ? null : detail,
      },
      remediation: decoded.map((entry) => codeRemediation(entry.code)),
      ...(isUncertain ? { confidence: 'uncertain', caveat: UNCERTAIN_CODE } : {}),
    }
  },
}
