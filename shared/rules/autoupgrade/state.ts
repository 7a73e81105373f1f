/**
 * `autoupgrade/state`: whether automatic upgrade is on (facts §5.3).
 */
import { SOURCE_ADSYNC_CMDLETS, SOURCE_AUTO_UPGRADE } from '../sources'
import type { Outcome, Rule } from '../types'

const ENABLE = { text: 'Turn automatic upgrade on (the server still has to be eligible).', powershell: 'Set-ADSyncAutoUpgrade -AutoUpgradeState Enabled' }

/** The rule. */
export const autoUpgradeState: Rule = {
  id: 'autoupgrade/state',
  step: 'autoupgrade',
  title: 'Automatic upgrade enabled',
  severity: 'warning',
  confidence: 'documented',
  why:
    'With automatic upgrade on and the server eligible, Microsoft pushes important builds itself. "Suspended" is ' +
    'set by the system when the server is not eligible (never set it yourself); "Disabled" is an admin choice, ' +
    'which leaves every upgrade to you.',
  sources: [SOURCE_AUTO_UPGRADE, SOURCE_ADSYNC_CMDLETS],
  facts: ['connect.autoUpgrade.state'],
  messages: {
    pass: 'Automatic upgrade is enabled.',
    suspended: 'Automatic upgrade is suspended: the system found the server not eligible.',
    disabled: 'Automatic upgrade is disabled: every upgrade is manual.',
    unknown: 'The automatic upgrade state is not known.',
  },
  remediation: {
    suspended: [
      { text: 'Read why it was suspended (see the suspension reason), fix the cause, then enable it again.', powershell: 'Get-ADSyncAutoUpgrade -Detail' },
      ENABLE,
    ],
    disabled: [ENABLE, { text: 'Or keep it disabled on purpose and plan manual upgrades before each build retires.' }],
    unknown: [{ text: 'Read the state.', powershell: 'Get-ADSyncAutoUpgrade' }],
  },
  check: ({ details }): Outcome => {
    const state = details.connect?.autoUpgrade?.state ?? undefined
    switch (state) {
      case 'Enabled':
        return { status: 'pass', messageId: 'pass', data: { state } }
      case 'Suspended':
        return { status: 'warn', messageId: 'suspended', data: { state } }
      case 'Disabled':
        return { status: 'warn', messageId: 'disabled', data: { state } }
      case undefined:
        return { status: 'unknown', messageId: 'unknown' }
    }
  },
}
