/**
 * `version/app-auth-task`: from 2.6.84.0, setup no longer switches an existing server to
 * application-based authentication by itself (version history ms.date 2026-09-16): a server still
 * signing in with a service account needs the admin to run the wizard task.
 */
import { isBelow } from '../remembered'
import { installedVersion } from '../read-facts'
import { SOURCE_APP_AUTH, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule } from '../types'

const READ_IDENTITY = 'Get-ADSyncEntraConnectorCredential | Select-Object ConnectorIdentityType'

/** The rule. */
export const appAuthTask: Rule = {
  id: 'version/app-auth-task',
  step: 'version',
  title: 'Application-based authentication configured after the upgrade',
  severity: 'warning',
  confidence: 'documented',
  why:
    'Earlier builds switched the Entra connector to application-based authentication during the upgrade. From ' +
    '{from} they no longer do, and there is no silent fallback to the legacy account: an admin runs the wizard ' +
    'task "Configure application-based authentication", which the 2027 floor also needs.',
  sources: [SOURCE_VERSION_HISTORY, SOURCE_APP_AUTH],
  facts: ['connect.version', 'connect.connectorIdentityType'],
  packData: (pack) => ({ from: pack.thresholds.appAuthNotAutomaticFrom }),
  messages: {
    pass: 'The connector already uses application-based authentication.',
    warn: '{version} does not switch the connector to application-based authentication by itself: run the wizard task "Configure application-based authentication".',
    'not-applicable': 'Not yet: {version} is below {from}. After an upgrade to {from} or later, run the wizard task "Configure application-based authentication" unless the connector already uses it.',
    'unknown-identity': '{version} no longer switches to application-based authentication by itself, and whether the connector already uses it is not known.',
    unknown: 'The installed Connect version is not known.',
  },
  headlines: {
    warn: 'Run "Configure application-based authentication"',
    'unknown-identity': 'Connector sign-in method not known',
    unknown: 'Installed version not known',
  },
  remediation: {
    warn: [
      { text: 'Open the Connect wizard, choose "Configure application-based authentication" and complete it; then confirm the identity type is Application.', powershell: READ_IDENTITY },
    ],
    'unknown-identity': [{ text: 'Read the connector identity type.', powershell: READ_IDENTITY }],
  },
  check: ({ details, pack }): Outcome => {
    const version = installedVersion(details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const from = pack.thresholds.appAuthNotAutomaticFrom
    const identity = details.connect?.connectorIdentityType ?? null
    const data = { version, from, identity }
    if (isBelow(version, from)) {
      return { status: 'not-applicable', messageId: 'not-applicable', data }
    }
    if (identity === 'Application') {
      return { status: 'pass', messageId: 'pass', data }
    }
    return identity === null
      ? { status: 'unknown', messageId: 'unknown-identity', data }
      : { status: 'warn', messageId: 'warn', data }
  },
}
