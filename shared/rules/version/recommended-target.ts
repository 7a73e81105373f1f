/**
 * `version/recommended-target`: advice only (`info`). Which build to aim for, the lowest build to
 * accept and why, and whether to upgrade in place or by swing migration (upgrade article rev
 * 2024-12-26). A recalled build is never a target: a server on one reinstalls the newest build.
 */
import { compareVersions, formatCount, wholeMonthsBetween } from '../remembered'
import type { RulePack } from '../pack/types'
import { rememberPerPack } from '../per-pack'
import { installedVersion } from '../read-facts'
import { findRelease, newestDocumentedRelease, newestDocumentedReleaseAsOf, newestReleaseAsOf } from '../release-lookup'
import { SOURCE_STAGING, SOURCE_UPGRADE_PATHS, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule, RuleContext } from '../types'

interface ReasonFacts {
  readonly buildAgeMonths: number | null
  readonly maxObjects: number
  /** The day V1 builds went out of support (the pack's), written as this view writes dates. */
  readonly v1RetiredOn: string
}

/** Why a swing migration (or staging-first order) is advised; the ids go in `data.reasons`. */
const REASON_TEXT: Readonly<Record<string, (facts: ReasonFacts) => string>> = {
  v1: ({ v1RetiredOn }) => `a V1 (1.x) build, unsupported since ${v1RetiredOn}: Microsoft advises a swing migration for builds this old`,
  'stale-build': ({ buildAgeMonths }) =>
    `the installed build is ${String(buildAgeMonths)} months old (Microsoft advises a swing migration after 12-18 months without upgrade)`,
  'old-os': () => 'Windows older than Server 2016 cannot run V2, and an in-place OS upgrade is not supported',
  'large-metaverse': ({ maxObjects }) => `more than ${formatCount(maxObjects)} metaverse objects: the full sync after an in-place upgrade would take long`,
  'staging-server': () => 'this server is in staging mode: upgrade it first, verify, then switch roles and upgrade the other server',
}

/** The lowest build to accept, and why it is that build. */
export interface MinimumTarget {
  readonly version: string
  /** `deadline` (an announced minimum), `known-issue` (the minimum's release fails where the fix does not), `documented` (the newest build Microsoft documents). */
  readonly basis: 'deadline' | 'known-issue' | 'documented'
  /** The reason in plain words. */
  readonly reason: string
}

const UNCONFIRMED_TARGET =
  'The newest build in the rule pack is known only from third-party material; Microsoft\'s own articles document up ' +
  'to {documented}. Take the newest build the Microsoft Entra admin center offers.'

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function highest(versions: readonly string[], start: string): string {
  return versions.reduce((top, version) => (compareVersions(version, top) > 0 ? version : top), start)
}

/**
 * The lowest build to accept as of `asOf`, with its reason: the highest announced minimum, moved up
 * to the build that fixes it when the minimum's own release cannot be installed over an existing
 * server (a known issue in the pack), and never below the newest build Microsoft documents by then.
 * Never above `target`, the newest build released by then.
 */
export function minimumTargetWithReason(pack: RulePack, target: string, asOf: string): MinimumTarget {
  return rememberedMinimum(pack, `${target} ${asOf}`)
}

/** The same for every server of a run (one pack, one date), so kept per pack, target and date. */
const rememberedMinimum = rememberPerPack((pack, key): MinimumTarget => {
  const [target = '', asOf = ''] = key.split(' ')
  return computeMinimumTarget(pack, target, asOf)
})

function computeMinimumTarget(pack: RulePack, target: string, asOf: string): MinimumTarget {
  const { v1, hardening2025, syncStop2026, appAuth2027 } = pack.deadlines
  const isReachable = (version: string): boolean => compareVersions(version, target) <= 0
  const deadline = highest([hardening2025.nonCommercialMinimum, syncStop2026.minimum, appAuth2027.minimum].filter(isReachable), v1.minimum)
  const blocker = findRelease(pack, deadline)?.knownIssues?.find((issue) => issue.isUpgradeBlocker && issue.fixedIn !== null && isReachable(issue.fixedIn))
  const fixed = blocker?.fixedIn ?? deadline
  const documented = newestDocumentedReleaseAsOf(pack, asOf)?.version
  const floor = documented !== undefined && isReachable(documented) ? highest([documented], fixed) : fixed
  if (blocker !== undefined && compareVersions(floor, fixed) === 0) {
    const code = blocker.code === null ? '' : ` (${blocker.code})`
    return { version: floor, basis: 'known-issue', reason: `${deadline} is the announced minimum, but a known issue rules it out: ${lowerFirst(blocker.summary)}${code}; fixed in ${fixed}` }
  }
  if (compareVersions(floor, deadline) > 0) {
    return { version: floor, basis: 'documented', reason: `${floor} is the newest build Microsoft documents` }
  }
  return { version: floor, basis: 'deadline', reason: `${floor} is the highest announced minimum` }
}

/** The lowest build to accept as of `asOf` (see {@link minimumTargetWithReason}). */
export function minimumTarget(pack: RulePack, target: string, asOf: string): string {
  return minimumTargetWithReason(pack, target, asOf).version
}

function swingReasons({ details, asOf, pack }: RuleContext, version: string): { readonly reasons: string[]; readonly buildAgeMonths: number | null } {
  const { migration, os } = pack.thresholds
  const releasedOn = findRelease(pack, version)?.releasedOn ?? null
  const buildAgeMonths = releasedOn === null ? null : wholeMonthsBetween(releasedOn, asOf)
  const build = details.server?.os?.build ?? undefined
  const objects = details.connect?.metaverseObjectCount ?? undefined
  const reasons: string[] = []
  if (compareVersions(version, pack.deadlines.v1.minimum) < 0) {
    reasons.push('v1')
  }
  if (buildAgeMonths !== null && buildAgeMonths > migration.staleBuildMonths) {
    reasons.push('stale-build')
  }
  if (build !== undefined && build < os.minimumBuild) {
    reasons.push('old-os')
  }
  if (objects !== undefined && objects > migration.inPlaceMaxObjects) {
    reasons.push('large-metaverse')
  }
  return { reasons, buildAgeMonths }
}

/** The reasons in words, joined with "; " (the V1 retirement date written as this view writes dates). */
function describeReasons(reasons: readonly string[], { pack, formatDate }: RuleContext, buildAgeMonths: number | null): string {
  const facts: ReasonFacts = { buildAgeMonths, maxObjects: pack.thresholds.migration.inPlaceMaxObjects, v1RetiredOn: formatDate(pack.deadlines.v1.retiredOn) }
  return reasons.map((reason) => REASON_TEXT[reason]?.(facts) ?? reason).join('; ')
}

/** The rule. */
export const recommendedTarget: Rule = {
  id: 'version/recommended-target',
  step: 'version',
  title: 'Recommended target build and upgrade path',
  severity: 'info',
  confidence: 'documented',
  why:
    'An in-place upgrade is quick but has no rollback; a swing migration (a new server in staging mode, then a ' +
    'switch) is safest for old builds, large directories or an OS change. Current builds come only from the ' +
    'Microsoft Entra admin center.',
  sources: [SOURCE_UPGRADE_PATHS, SOURCE_STAGING, SOURCE_VERSION_HISTORY],
  facts: ['connect.version', 'server.os.build', 'connect.metaverseObjectCount', 'connect.stagingModeEnabled'],
  messages: {
    'in-place': 'Upgrade in place to the newest build the Microsoft Entra admin center offers ({target} in the rule pack); at least {atLeast} ({atLeastReason}).',
    'in-place-staging': 'Upgrade this staging server in place first to the newest build the admin center offers ({target} in the rule pack; at least {atLeast}: {atLeastReason}), then switch roles: {reasonText}.',
    swing: 'Use a swing migration to the newest build the admin center offers ({target} in the rule pack; at least {atLeast}: {atLeastReason}): {reasonText}.',
    recalled: 'Microsoft recalled the {version} installer: uninstall it and install the newest build the admin center offers ({target} in the rule pack; at least {atLeast}: {atLeastReason}).',
    current: '{version} is already the newest build the rule pack knows ({target}); keep taking the newest build the admin center offers.',
    unknown: 'The installed Connect version is not known, so no target can be advised.',
  },
  remediation: {
    recalled: [{ text: 'Uninstall Microsoft Entra Connect Sync, then install the newest build from the Microsoft Entra admin center (Entra Connect > Manage) with the exported configuration.' }],
    'in-place': [{ text: 'Download the installer from the Microsoft Entra admin center (Entra Connect > Manage), run it on the server and choose Upgrade.' }],
    'in-place-staging': [
      { text: 'Upgrade this staging server, run a full import and sync, check its pending exports, then switch it to active and the old active server to staging.' },
    ],
    swing: [
      { text: 'Build a new Windows Server 2022 server, install the newest build in staging mode with the exported configuration, and let it run a full sync.' },
      { text: 'Check its pending exports, switch the old active server to staging, then the new one to active; decommission the old server.', powershell: 'Get-ADSyncScheduler' },
    ],
  },
  check: (context): Outcome => {
    const version = installedVersion(context.details)
    // As of the date in question: a trainee in March 2025 cannot install a 2026 build.
    const target = newestReleaseAsOf(context.pack, context.asOf)
    if (version === undefined || target === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const minimum = minimumTargetWithReason(context.pack, target.version, context.asOf)
    const atLeast = minimum.version
    const { reasons, buildAgeMonths } = swingReasons(context, version)
    const isStaging = context.details.connect?.stagingModeEnabled === true
    const path = reasons.length > 0 ? 'swing' : 'in-place'
    const allReasons = isStaging ? [...reasons, 'staging-server'] : reasons
    const reasonText = allReasons.length === 0 ? '' : describeReasons(allReasons, context, buildAgeMonths)
    const data = {
      version, target: target.version, atLeast, atLeastBasis: minimum.basis, atLeastReason: minimum.reason,
      path, reasons: allReasons, reasonText, buildAgeMonths, isStagingFirst: isStaging,
    }
    const isCurrent = compareVersions(version, target.version) >= 0
    const isRecalled = findRelease(context.pack, version)?.isWithdrawn === true
    const messageId = isRecalled ? 'recalled' : isCurrent ? 'current' : path === 'swing' ? 'swing' : isStaging ? 'in-place-staging' : 'in-place'
    if (target.confidence === 'documented') {
      return { status: 'info', messageId, data }
    }
    const caveat = UNCONFIRMED_TARGET.replace('{documented}', newestDocumentedRelease(context.pack)?.version ?? 'none')
    return { status: 'info', messageId, data, confidence: 'uncertain', caveat }
  },
}
