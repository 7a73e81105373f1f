/**
 * `autoupgrade/not-upgraded`: automatic upgrade is on, yet the server is still below a build
 * Microsoft published for automatic upgrade long enough ago that it should have arrived.
 *
 * Publication is phased (servers are picked over weeks), so a build counts only once its
 * publication began more than the pack's grace window ago. Where the version history gives no
 * publication date, the release date stands in for it (publication never begins before release),
 * and the outcome says it is derived.
 */
import { addDays, isBelow, isOnOrAfter } from '../remembered'
import type { Release } from '../pack/releases'
import { installedVersion } from '../read-facts'
import { rememberPerPack } from '../per-pack'
import { releasesOldestFirst } from '../release-lookup'
import { SOURCE_AUTO_UPGRADE, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule, RuleContext } from '../types'

const DERIVED_START =
  'The version history gives no date on which this build\'s automatic upgrade began; its release date is used instead.'

/** The newest build published for automatic upgrade whose grace window has passed by the as-of date. */
function overdueBuild({ asOf, pack }: RuleContext): { readonly release: Release; readonly from: string } | undefined {
  return rememberedOverdue(pack, asOf)
}

/** The same for every server of a run (one pack, one date): kept per pack and date. */
const rememberedOverdue = rememberPerPack((pack, asOf): { readonly release: Release; readonly from: string } | undefined => {
  const graceDays = pack.thresholds.autoUpgrade.graceDays
  const published = releasesOldestFirst(pack).flatMap((release) => {
    const from = release.autoUpgradeFrom ?? release.releasedOn
    const isPublished = release.autoUpgrade === 'yes' && release.isWithdrawn !== true && from !== null
    return isPublished && isOnOrAfter(asOf, addDays(from, graceDays)) ? [{ release, from }] : []
  })
  return published.at(-1)
})

/** The rule. */
export const notUpgraded: Rule = {
  id: 'autoupgrade/not-upgraded',
  step: 'autoupgrade',
  title: 'Automatic upgrade keeps the server current',
  severity: 'warning',
  confidence: 'documented',
  why:
    'Automatic upgrade being "Enabled" does not mean it works: an ineligible server, a failed attempt or a ' +
    'modified configuration file leaves it on its old build without any sign. A server still below a build that ' +
    'was published for automatic upgrade months ago is not being upgraded, whatever its state says.',
  sources: [SOURCE_AUTO_UPGRADE, SOURCE_VERSION_HISTORY],
  facts: ['connect.autoUpgrade.state', 'connect.version'],
  messages: {
    pass: '{version} is at or above {published}, the newest build published for automatic upgrade more than {graceDays|day} before the as-of date.',
    'pass-none': 'No build was published for automatic upgrade more than {graceDays|day} before the as-of date.',
    warn: 'Automatic upgrade is on but has not upgraded this server: {version} is below {published}, published for automatic upgrade from {publishedFrom|date} ({graceDays|day} allowed for the phased rollout).',
    'not-applicable': 'Automatic upgrade is not enabled ({state}), so it is not expected to upgrade this server.',
    unknown: 'The automatic upgrade state or the installed version is not known.',
  },
  headlines: {
    warn: 'Automatic upgrade is on but has not upgraded this server',
    unknown: 'Automatic upgrade progress not known',
  },
  remediation: {
    warn: [
      { text: 'Read the auto-upgrade state and any suspension reason, and the upgrader log in %ProgramData%\\AADConnect.', powershell: 'Get-ADSyncAutoUpgrade -Detail' },
      { text: 'Upgrade manually to the newest build the Microsoft Entra admin center offers: automatic upgrade alone will not reach the 2027 minimum.' },
    ],
    unknown: [{ text: 'Read the state and the installed build.', powershell: 'Get-ADSyncAutoUpgrade' }],
  },
  check: (context): Outcome => {
    const state = context.details.connect?.autoUpgrade?.state ?? undefined
    const version = installedVersion(context.details)
    if (state !== undefined && state !== 'Enabled') {
      return { status: 'not-applicable', messageId: 'not-applicable', data: { state } }
    }
    if (state === undefined || version === undefined) {
      return { status: 'unknown', messageId: 'unknown', data: { state: state ?? null, version: version ?? null } }
    }
    const graceDays = context.pack.thresholds.autoUpgrade.graceDays
    const overdue = overdueBuild(context)
    if (overdue === undefined) {
      return { status: 'pass', messageId: 'pass-none', data: { state, version, graceDays, published: null } }
    }
    const isDerived = overdue.release.autoUpgradeFrom === null
    const data = { state, version, graceDays, published: overdue.release.version, publishedFrom: overdue.from, isStartDerived: isDerived }
    const derived = isDerived ? { confidence: 'derived' as const, caveat: DERIVED_START } : {}
    return isBelow(version, overdue.release.version)
      ? { status: 'warn', messageId: 'warn', data, ...derived }
      : { status: 'pass', messageId: 'pass', data, ...derived }
  },
}
