/**
 * What automatic upgrade will and will not do for this server: its state, the decoded suspension
 * reason, each blocker with its fix, which builds were published for automatic upgrade (and from
 * when), and whether the build the server needs ever was: automatic upgrade stops at the newest
 * published build (2.6.3.0 in the version history of 2026-09-16), below the 2027 floor.
 */
import type { DateFormatter } from '../dates/iso-date'
import type { Release } from '../rules/pack/releases'
import type { RulePack } from '../rules/pack/types'
import type { UpgradeCode, UpgradeCodeEffect } from '../rules/pack/upgrade-codes'
import { releasesOldestFirst } from '../rules/release-lookup'
import { decodeReason, findUpgradeCode } from '../rules/upgrade-code-lookup'
import { compareVersions } from '../version/four-part-version'

/** One decoded code: what it means, what it does, how to fix it. */
export interface ExplainedCode {
  readonly code: string
  readonly meaning: string
  readonly effect: string
  readonly fix: string
  readonly powershell: string | undefined
  /** The part after the dash of a compound reason (`GetPasswordHashSyncStateFailed`). */
  readonly detail: string | null
}

/**
 * How the server gets the build it needs: `automatic`, `manual` (with why), `met` (already at or
 * above it) or `unknown`.
 */
export type DeliveryKind = 'automatic' | 'manual' | 'met' | 'unknown'

/** The outlook. */
export interface AutoUpgradeOutlook {
  readonly state: string | undefined
  /** The raw reason, its decoded parts (empty when unrecognised), or undefined when none. */
  readonly reason: { readonly raw: string; readonly parts: readonly ExplainedCode[] } | undefined
  readonly blockers: readonly ExplainedCode[]
  /** Builds Microsoft published for automatic upgrade, newest first. */
  readonly publishedBuilds: readonly string[]
  /** Newer builds whose auto-upgrade publication is not documented, newest first. */
  readonly unconfirmedBuilds: readonly string[]
  /** The newest build published for automatic upgrade, and the day its publication began (`null`: not given). */
  readonly newestPublished: { readonly version: string; readonly from: string | null } | undefined
  /**
   * Said when a deadline's minimum is above every published build: automatic upgrade alone never
   * carries a server over that floor. `undefined` when a published build meets every floor.
   */
  readonly ceiling: string | undefined
  readonly delivery: { readonly kind: DeliveryKind; readonly text: string }
}

/** What the outlook is built from: facts and the relevant findings' data. */
export interface OutlookInput {
  readonly version: string | undefined
  readonly state: string | undefined
  readonly suspensionReason: string | undefined
  /** `autoupgrade/eligibility` codes, and whether it could decide at all. */
  readonly blockingCodes: readonly string[]
  readonly isEligibilityKnown: boolean
  /** The lowest build to accept (`version/recommended-target` data.atLeast) and the target. */
  readonly atLeast: string | undefined
  readonly target: string | undefined
}

const EFFECT_TEXT: Readonly<Record<UpgradeCodeEffect, string>> = {
  aborts: 'Temporary: automatic upgrade tries again later.',
  blocks: 'The configuration rules automatic upgrade out: upgrade manually.',
  'rolled-back': 'Automatic upgrade ran, failed and rolled back: the old build still runs.',
  suspends: 'Automatic upgrade is suspended until the cause is fixed.',
}

function explain(code: UpgradeCode, detail: string | null): ExplainedCode {
  return { code: code.code, meaning: code.meaning, effect: EFFECT_TEXT[code.effect], fix: code.fix, powershell: code.powershell, detail }
}

function explainReason(pack: RulePack, raw: string | undefined): AutoUpgradeOutlook['reason'] {
  const text = raw?.trim() ?? ''
  if (text === '') {
    return undefined
  }
  const decoded = decodeReason(pack, text) ?? []
  return { raw: text, parts: decoded.map((entry) => explain(entry.code, entry.detail)) }
}

function installText(input: OutlookInput, atLeast: string): string {
  return `Install ${input.target ?? atLeast} (at least ${atLeast}) manually with the installer from the Microsoft Entra admin center.`
}

function newestFirst(versions: readonly string[]): readonly string[] {
  return [...versions].reverse()
}

/**
 * The sentence on the highest deadline minimum no published build reaches, if any. "Never" only
 * when Microsoft has already released builds at or above that minimum and documented every one as
 * download only; otherwise "not yet".
 */
function ceilingText(pack: RulePack, releases: readonly Release[], newest: string | undefined, formatDate: DateFormatter): string | undefined {
  const { hardening2025, syncStop2026, appAuth2027 } = pack.deadlines
  const floors = [
    { minimum: appAuth2027.minimum, stops: appAuth2027.stops },
    { minimum: syncStop2026.minimum, stops: syncStop2026.stops },
    { minimum: hardening2025.nonCommercialMinimum, stops: hardening2025.federationSetupStops },
  ]
  const unreached = floors.find((floor) => newest === undefined || compareVersions(floor.minimum, newest) > 0)
  if (unreached === undefined) {
    return undefined
  }
  const floorBuilds = releases.filter((release) => release.confidence === 'documented' && compareVersions(release.version, unreached.minimum) >= 0)
  const isNever = floorBuilds.length > 0 && floorBuilds.every((release) => release.autoUpgrade === 'no')
  const stopsAt = newest === undefined ? 'No build is published for automatic upgrade' : `Automatic upgrade stops at ${newest}, the newest build Microsoft published for it`
  const floor = `${unreached.minimum}, the minimum from ${formatDate(unreached.stops)}`
  return isNever
    ? `${stopsAt}: it will never bring ${floor} (every build from ${unreached.minimum} on is download only). Automatic upgrade alone will never carry a server over that floor; plan a manual upgrade.`
    : `${stopsAt}: no build at or above ${floor}, is published for it yet. Automatic upgrade alone will not carry a server over that floor; plan a manual upgrade.`
}

function delivery(input: OutlookInput, published: readonly string[], blockers: readonly ExplainedCode[], ceiling: string | undefined): AutoUpgradeOutlook['delivery'] {
  const { version, atLeast, state } = input
  if (version === undefined || atLeast === undefined) {
    return { kind: 'unknown', text: 'The installed version is not known, so it is not known which build this server needs.' }
  }
  if (compareVersions(version, atLeast) >= 0) {
    return { kind: 'met', text: `${version} already meets the highest announced minimum (${atLeast}). Automatic upgrade may still bring newer published builds.` }
  }
  if (state === 'Disabled' || blockers.length > 0) {
    const why = state === 'Disabled' ? 'Automatic upgrade is disabled, so nothing arrives by itself.' : `Automatic upgrade is blocked on this server (${blockers.map((code) => code.code).join(', ')}).`
    return { kind: 'manual', text: `${why} ${installText(input, atLeast)}` }
  }
  const install = installText(input, atLeast)
  const deliverable = published.find((build) => compareVersions(build, atLeast) >= 0)
  const publication =
    deliverable === undefined
      ? `No build at or above ${atLeast} is documented as published for automatic upgrade (the newest published is ${published[0] ?? 'none'}), so automatic upgrade cannot bring what this server needs.${ceiling === undefined ? '' : ` ${ceiling}`}`
      : `${deliverable} was published for automatic upgrade, but attempts are randomised: do not count on it before the deadline.`
  if (state === 'Suspended') {
    return { kind: 'manual', text: `Automatic upgrade is suspended (see the reason). ${publication} ${install}` }
  }
  if (!input.isEligibilityKnown || state === undefined) {
    return { kind: 'unknown', text: `Whether automatic upgrade can reach this server is not known yet. ${publication} ${install}` }
  }
  return deliverable === undefined
    ? { kind: 'manual', text: `The server is eligible and automatic upgrade is on. ${publication} ${install}` }
    : { kind: 'automatic', text: `The server is eligible and automatic upgrade is on. ${publication} ${install}` }
}

/**
 * Builds the outlook from the facts and findings it rests on, writing dates through `formatDate`. Builds newer than the target (the
 * newest build released by the as-of date) are left out: they did not exist yet.
 */
export function buildAutoUpgradeOutlook(input: OutlookInput, pack: RulePack, formatDate: DateFormatter): AutoUpgradeOutlook {
  // Only builds up to the target (the newest released by the as-of date) exist for this outlook.
  const { target } = input
  const releases = releasesOldestFirst(pack).filter(
    (release) => release.isWithdrawn !== true && (target === undefined || compareVersions(release.version, target) <= 0),
  )
  const publishedReleases = releases.filter((release) => release.autoUpgrade === 'yes')
  const published = newestFirst(publishedReleases.map((release) => release.version))
  const newestPublished = published[0]
  const newestRelease = publishedReleases.at(-1)
  const ceiling = ceilingText(pack, releases, newestPublished, formatDate)
  const unconfirmed = newestFirst(
    releases
      .filter((release) => release.autoUpgrade === 'uncertain')
      .filter((release) => newestPublished === undefined || compareVersions(release.version, newestPublished) > 0)
      .map((release) => release.version),
  )
  const blockers = input.blockingCodes.flatMap((name) => {
    const code = findUpgradeCode(pack, name)
    return code === undefined ? [] : [explain(code, null)]
  })
  return {
    state: input.state,
    reason: explainReason(pack, input.suspensionReason),
    blockers,
    publishedBuilds: published,
    unconfirmedBuilds: unconfirmed,
    newestPublished: newestRelease === undefined ? undefined : { version: newestRelease.version, from: newestRelease.autoUpgradeFrom },
    ceiling,
    delivery: delivery(input, published, blockers, ceiling),
  }
}
