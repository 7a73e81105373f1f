/**
 * `version/app-auth-2027`: the announced floor (the pack's `deadlines.appAuth2027`: 2.6.84.0 plus
 * application-based authentication from 7 Apr 2027), from one Microsoft text only, the
 * prerequisites article: UNCERTAIN.
 */
import { daysBetween, isBelow, isOnOrAfter } from '../remembered'
import { installedVersion } from '../read-facts'
import { findRelease } from '../release-lookup'
import { SOURCE_APP_AUTH, SOURCE_PREREQUISITES } from '../sources'
import type { Outcome, RemediationStep, Rule } from '../types'

const READ_IDENTITY = 'Get-ADSyncEntraConnectorCredential | Select-Object ConnectorIdentityType'
const CONFIGURE_APP_AUTH: RemediationStep = {
  text: 'Switch the Entra connector to application-based authentication (Connect wizard > Configure application-based authentication), then confirm it.',
  powershell: READ_IDENTITY,
}
const UPGRADE: RemediationStep = {
  text: 'Upgrade to the newest build the Microsoft Entra admin center offers (Entra Connect > Manage): at least {minimum}.',
}

/** The rule. */
export const appAuth2027: Rule = {
  id: 'version/app-auth-2027',
  step: 'version',
  title: 'Announced 2027 minimum: {minimum} and application-based authentication',
  severity: 'blocker',
  confidence: 'uncertain',
  caveat:
    'Source unconfirmed: only the newest revision of the prerequisites article states this date. The version ' +
    'history documents {minimum} (released on {minimumReleasedOn|date}) but not the date. Re-check the article before acting on it.',
  why:
    'Microsoft is retiring the connector account password ("legacy authentication"). The prerequisites article ' +
    'announces that from {stops|date} synchronization stops unless the server runs {minimum} or later and ' +
    'authenticates to Entra ID with its own application and certificate.',
  sources: [SOURCE_PREREQUISITES, SOURCE_APP_AUTH],
  facts: ['connect.version', 'connect.connectorIdentityType'],
  packData: (pack) => {
    const { minimum, stops } = pack.deadlines.appAuth2027
    return { minimum, stops, minimumReleasedOn: findRelease(pack, minimum)?.releasedOn ?? null }
  },
  messages: {
    pass: '{version} is {minimum} or later and the connector uses application-based authentication.',
    warn: '{missing}: synchronization is announced to stop on {stops|date} ({daysLeft|day} after the as-of date).',
    fail: '{missing}, required since {stops|date} (announced): synchronization is expected to have stopped.',
    'unknown-identity': '{version} meets {minimum}, but whether the connector uses application-based authentication is not known.',
    unknown: 'The installed Connect version is not known.',
  },
  headlines: {
    warn: 'Sync announced to stop on {stops|date}: {missing}',
    fail: 'Sync expected to have stopped on {stops|date}: {missing}',
    'unknown-identity': 'Connector sign-in method not known',
    unknown: 'Installed version not known',
  },
  remediation: {
    warn: [UPGRADE, CONFIGURE_APP_AUTH],
    fail: [UPGRADE, CONFIGURE_APP_AUTH],
    'unknown-identity': [{ text: 'Read the connector identity type.', powershell: READ_IDENTITY }],
  },
  check: ({ details, asOf, pack }): Outcome => {
    const version = installedVersion(details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const { minimum, stops } = pack.deadlines.appAuth2027
    const identity = details.connect?.connectorIdentityType ?? null
    const isVersionMet = !isBelow(version, minimum)
    const base = { version, minimum, identity, isVersionMet, stops }
    if (isVersionMet && identity === 'Application') {
      return { status: 'pass', messageId: 'pass', data: base }
    }
    if (isVersionMet && identity === null) {
      return { status: 'unknown', messageId: 'unknown-identity', data: base }
    }
    const belowText = isVersionMet ? undefined : `${version} is below ${minimum}`
    const identityText = identity === 'ServiceAccount' ? 'the connector still signs in with a service account' : undefined
    const missing = belowText === undefined ? (identityText ?? '') : identityText === undefined ? belowText : `${belowText} and ${identityText}`
    if (isOnOrAfter(asOf, stops)) {
      return { status: 'fail', messageId: 'fail', data: { version, minimum, identity, isVersionMet, stops, missing } }
    }
    // Written out rather than spread from `base`: the same keys in the same order.
    return { status: 'warn', messageId: 'warn', data: { version, minimum, identity, isVersionMet, stops, missing, daysLeft: daysBetween(asOf, stops) } }
  },
}
