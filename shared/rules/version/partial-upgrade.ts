/**
 * `version/partial-upgrade`: the installed build differs from the server configuration version,
 * the mark of an upgrade that did not finish (Microsoft's automatic upgrade troubleshooting article:
 * https://learn.microsoft.com/troubleshoot/azure/entra/entra-id/user-prov-sync/cannot-work-automatic-upgrade).
 */
import { compareVersions } from '../remembered'
import { installedVersion } from '../read-facts'
import { SOURCE_AUTO_UPGRADE_TROUBLESHOOT } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const partialUpgrade: Rule = {
  id: 'version/partial-upgrade',
  step: 'version',
  title: 'The last upgrade finished',
  severity: 'warning',
  confidence: 'documented',
  why:
    'When an (automatic) upgrade stops half way, the new binaries are installed but the sync configuration still ' +
    'carries the old version, and the scheduler may stay suspended. Re-running the wizard\'s Upgrade finishes it.',
  sources: [SOURCE_AUTO_UPGRADE_TROUBLESHOOT],
  facts: ['connect.version', 'connect.serverConfigurationVersion'],
  messages: {
    pass: 'The installed build and the server configuration version are both {version}.',
    warn: 'The installed build is {version} but the server configuration version is {configurationVersion}: the upgrade did not finish.',
    unknown: 'The installed build or the server configuration version is not known.',
  },
  headlines: {
    warn: 'The upgrade to {version} did not finish',
    unknown: 'Upgrade completeness not known',
  },
  remediation: {
    warn: [
      { text: 'Run the Microsoft Entra Connect wizard on the server and choose Upgrade to finish the upgrade.' },
      { text: 'Afterwards check password hash sync and password writeback, and that the scheduler runs.', powershell: 'Get-ADSyncScheduler' },
    ],
    unknown: [
      {
        text: 'Read the server configuration version.',
        powershell:
          "(Get-ADSyncGlobalSettings).Parameters | Where-Object Name -eq 'Microsoft.Synchronize.ServerConfigurationVersion' | Select-Object Name,Value",
      },
    ],
  },
  check: ({ details }): Outcome => {
    const version = installedVersion(details)
    const configurationVersion = details.connect?.serverConfigurationVersion ?? undefined
    if (version === undefined || configurationVersion === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const data = { version, configurationVersion }
    return compareVersions(version, configurationVersion) === 0
      ? { status: 'pass', messageId: 'pass', data }
      : { status: 'warn', messageId: 'warn', data }
  },
}
