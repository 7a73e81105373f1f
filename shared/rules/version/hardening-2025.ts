/**
 * `version/hardening-2025`: the 2.4.18.0 / 2.4.21.0 floor of the hardening update.
 *
 * Below it, AD FS and PingFederate setup in the wizard stopped from 7 Apr 2025 and every wizard
 * operation that signs in to Entra ID (schema refresh, staging mode, sign-in changes) from
 * 30 Apr 2025. Synchronization itself keeps running (Microsoft's hardening article, rev 2025-04-09:
 * https://learn.microsoft.com/entra/identity/hybrid/connect/harden-update-ad-fs-pingfederate).
 */
import { isBelow, isOnOrAfter } from '../remembered'
import { installedVersion, isNonCommercialCloud } from '../read-facts'
import { SOURCE_HARDENING, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const hardening2025: Rule = {
  id: 'version/hardening-2025',
  step: 'version',
  title: 'Hardening update minimum ({commercialMinimum} / {nonCommercialMinimum})',
  severity: 'blocker',
  confidence: 'documented',
  caveat:
    'Microsoft names "commercial" and "non-commercial" clouds only. GCC following the commercial minimum, and ' +
    'GCC High / DoD following the US Government one, is derived from other Microsoft articles, not stated.',
  why:
    'Builds before {msonlineRemovedIn} call the retired MSOnline PowerShell module inside the Connect wizard. Since the ' +
    'deadline, the wizard can no longer sign in to Entra ID on them: you cannot refresh the schema, switch ' +
    'staging mode or change the sign-in method until you upgrade. Sync itself keeps running.',
  sources: [SOURCE_HARDENING, SOURCE_VERSION_HISTORY],
  facts: ['connect.version', 'connect.cloud'],
  packData: (pack) => {
    const { commercialMinimum, nonCommercialMinimum } = pack.deadlines.hardening2025
    return { commercialMinimum, nonCommercialMinimum, msonlineRemovedIn: pack.thresholds.msonline.removedIn }
  },
  messages: {
    pass: '{version} meets the {cloudLabel} minimum {minimum}.',
    'warn-before':
      '{version} is below the {cloudLabel} minimum {minimum}: AD FS and PingFederate setup in the wizard stops on {federationSetupStops|date}, every wizard sign-in on {wizardSignInStops|date}.',
    'fail-federation':
      '{version} is below the {cloudLabel} minimum {minimum}: AD FS and PingFederate setup in the wizard has failed since {federationSetupStops|date}; every wizard sign-in stops on {wizardSignInStops|date}.',
    'fail-wizard':
      '{version} is below the {cloudLabel} minimum {minimum}, required since {wizardSignInStops|date}: the wizard cannot sign in to Entra ID (schema refresh, staging mode, sign-in changes). Sync still runs.',
    'fail-wizard-v1':
      '{version} is below the {cloudLabel} minimum {minimum}, required since {wizardSignInStops|date}: the wizard cannot sign in to Entra ID, and as a V1 build the server has not synchronized since {v1StoppedOn|date}.',
    unknown: 'The installed Connect version is not known.',
  },
  headlines: {
    'warn-before': '{version} is below the {minimum} minimum',
    'fail-federation': 'AD FS setup in the wizard fails: {version} is below {minimum}',
    'fail-wizard': 'The wizard cannot sign in: {version} is below {minimum}',
    'fail-wizard-v1': 'V1 build {version}: no sync since {v1StoppedOn|date}',
    unknown: 'Installed version not known',
  },
  remediation: {
    'warn-before': [{ text: 'Upgrade in place to the newest build from the Microsoft Entra admin center (Entra Connect > Manage).' }],
    'fail-federation': [{ text: 'Upgrade in place to the newest build from the Microsoft Entra admin center (Entra Connect > Manage).' }],
    'fail-wizard-v1': [
      { text: 'A V1 server cannot be upgraded in place to a current build: build a new Windows Server 2016 or later server and migrate (see Connect Sync V2 or later).' },
    ],
    'fail-wizard': [
      { text: 'Upgrade in place to the newest build from the Microsoft Entra admin center (Entra Connect > Manage): upgrading is still possible and restores the wizard.' },
      {
        text: 'If you must put the server in staging mode first, use the ADSyncTools workaround in Windows PowerShell 5.1 (see the staging step).',
        powershell: 'Enable-ADSyncToolsStagingMode',
      },
    ],
  },
  check: ({ details, asOf, pack }): Outcome => {
    const version = installedVersion(details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const floor = pack.deadlines.hardening2025
    const isNonCommercial = isNonCommercialCloud(details)
    const minimum = isNonCommercial ? floor.nonCommercialMinimum : floor.commercialMinimum
    const data = {
      version,
      minimum,
      cloudLabel: isNonCommercial ? 'non-commercial cloud' : 'commercial cloud',
      federationSetupStops: floor.federationSetupStops,
      wizardSignInStops: floor.wizardSignInStops,
    }
    if (!isBelow(version, minimum)) {
      return { status: 'pass', messageId: 'pass', data }
    }
    if (isOnOrAfter(asOf, floor.wizardSignInStops)) {
      // "Sync still runs" is false for V1 builds: Entra stopped accepting them on 1 Oct 2023.
      return isBelow(version, pack.deadlines.v1.minimum)
        ? { status: 'fail', messageId: 'fail-wizard-v1', data: { ...data, v1StoppedOn: pack.deadlines.v1.stoppedOn } }
        : { status: 'fail', messageId: 'fail-wizard', data }
    }
    if (isOnOrAfter(asOf, floor.federationSetupStops)) {
      return { status: 'fail', messageId: 'fail-federation', data }
    }
    return { status: 'warn', messageId: 'warn-before', data }
  },
}
