/**
 * `version/v1-retired`: a 1.x build has not synchronized since Entra stopped accepting V1 servers
 * (the pack's `deadlines.v1`: out of support from 31 Aug 2022, refused from 1 Oct 2023).
 */
import { isBelow } from '../remembered'
import { installedVersion } from '../read-facts'
import { SOURCE_DECOMMISSION_V1, SOURCE_V2, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const v1Retired: Rule = {
  id: 'version/v1-retired',
  step: 'version',
  title: 'Connect Sync V2 or later',
  severity: 'blocker',
  confidence: 'documented',
  why:
    'Every 1.x build went out of support on {retiredOn|date}, and from {stoppedOn|date} Microsoft Entra stopped ' +
    'accepting connections from V1 servers: nothing has synchronized from them since.',
  sources: [SOURCE_DECOMMISSION_V1, SOURCE_V2, SOURCE_VERSION_HISTORY],
  facts: ['connect.version'],
  packData: (pack) => {
    const { minimum, stoppedOn, retiredOn } = pack.deadlines.v1
    return { minimum, stoppedOn, retiredOn }
  },
  messages: {
    pass: '{version} is a V2 build ({minimum} or later).',
    fail: '{version} is a V1 build: Microsoft Entra has refused V1 servers since {stoppedOn|date}, so this server does not synchronize.',
    unknown: 'The installed Connect version is not known.',
  },
  headlines: {
    fail: 'V1 build {version}: sync stopped on {stoppedOn|date}',
    unknown: 'Installed version not known',
  },
  remediation: {
    fail: [
      {
        text:
          'Build a new Windows Server 2016 or later server, install the current Connect Sync build there in ' +
          'staging mode, check its pending exports, then switch it to active and decommission the V1 server ' +
          '(swing migration). V2 cannot be installed on Windows Server 2012 R2.',
      },
    ],
    unknown: [
      {
        text: 'Read the installed version on the server.',
        powershell:
          "(Get-Item 'C:\\Program Files\\Microsoft Azure AD Connect\\AzureADConnect.exe').VersionInfo.ProductVersion",
      },
    ],
  },
  check: ({ details, pack }): Outcome => {
    const version = installedVersion(details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const { minimum, stoppedOn } = pack.deadlines.v1
    if (isBelow(version, minimum)) {
      return { status: 'fail', messageId: 'fail', data: { version, minimum, stoppedOn } }
    }
    return { status: 'pass', messageId: 'pass', data: { version, minimum } }
  },
}
