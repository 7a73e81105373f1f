/**
 * `version/end-of-support`: the installed build's own end of support, from the pack's release history.
 *
 * The end-of-support date is the first day out of support (an inclusive start, like every date in
 * the contract). Dates from Microsoft's tables, or derived from its 12-month policy, decide
 * fail/warn/pass. Dates seen only in third-party material (or derived from such a date) never give
 * `fail`: past them the finding warns and says the date is unconfirmed.
 */
import { addMonths } from '../calendar-months'
import { addDays, daysBetween, isOnOrAfter } from '../remembered'
import { installedVersion } from '../read-facts'
import { endOfSupportConfidence, isEndOfSupportConfirmed, lookUpSupport } from '../end-of-support'
import type { Release } from '../pack/releases'
import { SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule, RuleContext } from '../types'

const UNCONFIRMED =
  'Microsoft\'s version history does not state this end-of-support date at the revision read: it comes from, or ' +
  'is derived from, third-party material. It is shown as a warning, never a failure: check the live version history.'
const DERIVED =
  'No Microsoft table lists this date: it is derived from the documented policy (each build retires {policyMonths|month} after ' +
  'the next release; builds already superseded by {policySupersededBy|date} retired on {policyStart|date}).'
const WITHDRAWN_UNCONFIRMED = 'That this build was withdrawn is reported only by third parties.'
const THIRD_PARTY_BUILD = 'This build is known only from third-party material; Microsoft\'s articles read do not list it.'

const UPGRADE = { text: 'Upgrade to the newest build the Microsoft Entra admin center offers (Entra Connect > Manage).' }
const REINSTALL = { text: 'Uninstall this build and install the newest build from the Microsoft Entra admin center (Entra Connect > Manage).' }

function judgeListed(release: Release, { asOf, pack }: RuleContext): Outcome {
  const base = { version: release.version, basis: release.endOfSupportBasis, endOfSupportSource: release.endOfSupportSource }
  if (release.isWithdrawn === true) {
    const unconfirmed = release.confidence === 'documented' ? {} : { confidence: 'uncertain' as const, caveat: WITHDRAWN_UNCONFIRMED }
    return { status: 'warn', messageId: 'withdrawn', data: base, ...unconfirmed }
  }
  const endOfSupport = release.endOfSupport
  if (endOfSupport === null) {
    const unconfirmed = release.confidence === 'documented' ? {} : { confidence: release.confidence, caveat: THIRD_PARTY_BUILD }
    return { status: 'pass', messageId: 'no-date', data: { ...base, endOfSupport: null }, ...unconfirmed }
  }
  const isConfirmed = isEndOfSupportConfirmed(release)
  const daysLeft = daysBetween(asOf, endOfSupport)
  // Written out rather than spread from `base`: this runs for most servers (same keys, same order).
  const data = { version: base.version, basis: base.basis, endOfSupportSource: base.endOfSupportSource, endOfSupport, endsOn: endOfSupport, daysLeft, isConfirmed }
  const caveat = release.endOfSupportBasis === 'policy' ? DERIVED : isConfirmed ? undefined : UNCONFIRMED
  const confidence = endOfSupportConfidence(release)
  const [status, messageId] = isOnOrAfter(asOf, endOfSupport)
    ? isConfirmed
      ? (['fail', 'past'] as const)
      : (['warn', 'past-unconfirmed'] as const)
    : isOnOrAfter(asOf, addDays(endOfSupport, -pack.thresholds.endOfSupport.warnDays))
      ? (['warn', 'soon'] as const)
      : (['pass', 'pass'] as const)
  return caveat === undefined ? { status, messageId, data, confidence } : { status, messageId, data, confidence, caveat }
}

/** The rule. */
export const endOfSupport: Rule = {
  id: 'version/end-of-support',
  step: 'version',
  title: 'The installed build is still supported',
  severity: 'warning',
  confidence: 'documented',
  why:
    'Each Connect Sync 2.x build retires {policyMonths|month} after the next one is released. A retired build gets no ' +
    'security fixes, support for it is limited, and Microsoft warns it "might unexpectedly stop working".',
  sources: [SOURCE_VERSION_HISTORY],
  facts: ['connect.version'],
  packData: (pack) => {
    const { policyStart, policyMonths } = pack.thresholds.endOfSupport
    return { policyMonths, policyStart, policySupersededBy: addMonths(policyStart, -policyMonths) }
  },
  messages: {
    pass: '{version} is supported until {endsOn|date} ({daysLeft|day} after the as-of date).',
    'no-date': '{version} has no end-of-support date yet: it is the newest build the rule pack knows.',
    soon: '{version} reaches its end of support on {endsOn|date}, {daysLeft|day} after the as-of date.',
    past: '{version} has been out of support since {endsOn|date}.',
    'past-unconfirmed': '{version} is probably out of support since {endsOn|date} (a date Microsoft has not confirmed).',
    withdrawn: 'Microsoft recalled the {version} installer: uninstall it and install the newest build.',
    'older-than-pack': '{version} is older than every build the rule pack lists (oldest {oldest}, out of support since {oldestEndsOn|date}).',
    'not-listed': '{version} is not in the rule pack\'s release history, so its end of support is not known.',
    unknown: 'The installed Connect version is not known.',
  },
  headlines: {
    soon: '{version} leaves support on {endsOn|date}',
    past: '{version} out of support since {endsOn|date}',
    'past-unconfirmed': '{version} probably out of support since {endsOn|date}',
    withdrawn: '{version} was recalled: reinstall the newest build',
    'older-than-pack': '{version} out of support for years',
    'not-listed': '{version} is not a build the rules know',
    unknown: 'Installed version not known',
  },
  remediation: {
    soon: [UPGRADE],
    past: [UPGRADE],
    'past-unconfirmed': [UPGRADE, { text: 'Confirm the date in the version release history on Microsoft Learn.' }],
    withdrawn: [REINSTALL],
    'older-than-pack': [UPGRADE],
    'not-listed': [{ text: 'Look the build up in the version release history on Microsoft Learn, or update the rule pack.' }],
  },
  check: (context): Outcome => {
    const version = installedVersion(context.details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const lookup = lookUpSupport(context.pack, version)
    switch (lookup.kind) {
      case 'listed':
        return judgeListed(lookup.release, context)
      case 'older-than-pack': {
        const data = { version, oldest: lookup.oldest.version, oldestEndsOn: lookup.oldest.endOfSupport }
        return { status: 'fail', messageId: 'older-than-pack', data }
      }
      case 'not-listed':
        return { status: 'unknown', messageId: 'not-listed', data: { version } }
    }
  },
}
