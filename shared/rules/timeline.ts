/**
 * "What breaks when": a server's past and future deadlines relative to the as-of date.
 *
 * Pure, like the rules: the same document, date and pack always give the same timeline.
 */
import { daysBetween, isOnOrAfter, type IsoDate } from '../dates/iso-date'
import type { InstallDetails } from '../types/install-details'
import { isBelow } from '../version/four-part-version'
import { endOfSupportConfidence, lookUpSupport } from './end-of-support'
import type { RulePack } from './pack/types'
import { installedVersion, isNonCommercialCloud } from './read-facts'
import type { Confidence } from './types'

/**
 * `passed` (applies and the date has come), `upcoming` (applies, still ahead), `met` (the server
 * already meets it), `unknown` (a needed fact is missing).
 */
export type TimelineState = 'passed' | 'upcoming' | 'met' | 'unknown'

/** One dated event. */
export interface TimelineEntry {
  readonly id: string
  readonly date: IsoDate
  /** What stops working on that date for a server that does not meet it. */
  readonly stops: string
  /** Whether it applies to this server; `null` when a needed fact is missing. */
  readonly appliesToServer: boolean | null
  /** Days from the as-of date to `date`: negative in the past. */
  readonly daysFromAsOf: number
  readonly state: TimelineState
  readonly confidence: Confidence
}

type Draft = Omit<TimelineEntry, 'daysFromAsOf' | 'state'>

function below(version: string | undefined, minimum: string): boolean | null {
  return version === undefined ? null : isBelow(version, minimum)
}

function appAuthApplies(details: InstallDetails, minimum: string): boolean | null {
  const isVersionBelow = below(installedVersion(details), minimum)
  const identity = details.connect?.connectorIdentityType ?? undefined
  if (isVersionBelow === true || identity === 'ServiceAccount') {
    return true
  }
  return isVersionBelow === null || identity === undefined ? null : false
}

function endOfSupportDraft(details: InstallDetails, pack: RulePack): Draft[] {
  const version = installedVersion(details)
  const lookup = version === undefined ? undefined : lookUpSupport(pack, version)
  const release = lookup?.kind === 'listed' ? lookup.release : lookup?.kind === 'older-than-pack' ? lookup.oldest : undefined
  if (release?.endOfSupport === undefined || release.endOfSupport === null) {
    return []
  }
  return [
    {
      id: 'end-of-support',
      date: release.endOfSupport,
      stops: `Build ${version ?? release.version} is out of support: no security fixes, limited support, "might unexpectedly stop working".`,
      appliesToServer: true,
      confidence: endOfSupportConfidence(release),
    },
  ]
}

function stateOf(draft: Draft, asOf: IsoDate): TimelineState {
  if (draft.appliesToServer === null) {
    return 'unknown'
  }
  if (!draft.appliesToServer) {
    return 'met'
  }
  return isOnOrAfter(asOf, draft.date) ? 'passed' : 'upcoming'
}

/**
 * The server's deadlines, oldest first: V1 retirement and shutdown, the 2025 federation-setup and
 * wizard-sign-in dates, the 2026 sync stop, the announced 2027 floor, and the build's own end of support.
 */
export function buildTimeline(details: InstallDetails, asOf: IsoDate, pack: RulePack): readonly TimelineEntry[] {
  const version = installedVersion(details)
  const { v1, hardening2025, syncStop2026, appAuth2027 } = pack.deadlines
  const hardeningMinimum = isNonCommercialCloud(details) ? hardening2025.nonCommercialMinimum : hardening2025.commercialMinimum
  const drafts: Draft[] = [
    { id: 'v1-retired', date: v1.retiredOn, stops: 'All 1.x builds go out of support.', appliesToServer: below(version, v1.minimum), confidence: 'documented' },
    { id: 'v1-stopped', date: v1.stoppedOn, stops: 'Microsoft Entra stops accepting V1 (1.x) servers: nothing synchronizes.', appliesToServer: below(version, v1.minimum), confidence: 'documented' },
    { id: 'federation-setup', date: hardening2025.federationSetupStops, stops: `Below ${hardeningMinimum}: AD FS and PingFederate setup in the Connect wizard stops working.`, appliesToServer: below(version, hardeningMinimum), confidence: 'documented' },
    { id: 'wizard-sign-in', date: hardening2025.wizardSignInStops, stops: `Below ${hardeningMinimum}: every wizard sign-in to Entra ID fails (schema refresh, staging mode, sign-in changes).`, appliesToServer: below(version, hardeningMinimum), confidence: 'documented' },
    { id: 'sync-stop-2026', date: syncStop2026.stops, stops: `Below ${syncStop2026.minimum}: all synchronization fails.`, appliesToServer: below(version, syncStop2026.minimum), confidence: 'documented' },
    { id: 'app-auth-2027', date: appAuth2027.stops, stops: `Below ${appAuth2027.minimum} or without application-based authentication: synchronization stops (announced, unconfirmed).`, appliesToServer: appAuthApplies(details, appAuth2027.minimum), confidence: 'uncertain' },
    ...endOfSupportDraft(details, pack),
  ]
  return drafts
    .map((draft) => ({ ...draft, daysFromAsOf: daysBetween(asOf, draft.date), state: stateOf(draft, asOf) }))
    .sort((a, b) => a.date.localeCompare(b.date))
}
