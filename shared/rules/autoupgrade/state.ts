/**
 * `autoupgrade/state`: whether automatic upgrade is on. When it is, the finding also says how far
 * it can take the server: only to the newest build published for it, which may be below a
 * deadline's minimum (2.6.3.0, below the 2027 minimum 2.6.84.0, in the version history of
 * 2026-09-16).
 */
import { compareVersions } from '../remembered'
import { installedVersion } from '../read-facts'
import { rememberPerPack } from '../per-pack'
import { releasesOldestFirst } from '../release-lookup'
import { SOURCE_ADSYNC_CMDLETS, SOURCE_AUTO_UPGRADE, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule, RuleContext } from '../types'

interface Ceiling {
  readonly newestPublished: string | null
  readonly floor: string
  readonly floorStops: string
  readonly reachesFloor: boolean
  /** "will never" once every documented build at or above the floor released by then is download only; else "will not". */
  readonly never: string
}

/** The newest build published for automatic upgrade by the as-of date, and whether it reaches the 2027 minimum. */
function ceiling({ pack, asOf }: RuleContext): Ceiling {
  return rememberedCeiling(pack, asOf)
}

/** The same for every server of a run (one pack, one date): kept per pack and date. */
const rememberedCeiling = rememberPerPack((pack, asOf): Ceiling => {
  const newest = releasesOldestFirst(pack)
    .filter((release) => {
      const from = release.autoUpgradeFrom ?? release.releasedOn
      return release.autoUpgrade === 'yes' && release.isWithdrawn !== true && from !== null && from <= asOf
    })
    .at(-1)
  const { minimum, stops } = pack.deadlines.appAuth2027
  const reachesFloor = newest !== undefined && compareVersions(newest.version, minimum) >= 0
  const floorBuilds = releasesOldestFirst(pack).filter(
    (release) => release.confidence === 'documented' && release.releasedOn !== null && release.releasedOn <= asOf && compareVersions(release.version, minimum) >= 0,
  )
  const isNever = floorBuilds.length > 0 && floorBuilds.every((release) => release.autoUpgrade === 'no')
  return { newestPublished: newest?.version ?? null, floor: minimum, floorStops: stops, reachesFloor, never: isNever ? 'will never' : 'will not' }
})

const ENABLE = { text: 'Turn automatic upgrade on (the server still has to be eligible).', powershell: 'Set-ADSyncAutoUpgrade -AutoUpgradeState Enabled' }

/** The rule. */
export const autoUpgradeState: Rule = {
  id: 'autoupgrade/state',
  step: 'autoupgrade',
  title: 'Automatic upgrade enabled',
  severity: 'warning',
  confidence: 'documented',
  why:
    'With automatic upgrade on and the server eligible, Microsoft pushes important builds itself. "Suspended" is ' +
    'set by the system when the server is not eligible (never set it yourself); "Disabled" is an admin choice, ' +
    'which leaves every upgrade to you.',
  sources: [SOURCE_AUTO_UPGRADE, SOURCE_ADSYNC_CMDLETS, SOURCE_VERSION_HISTORY],
  facts: ['connect.autoUpgrade.state', 'connect.version'],
  messages: {
    pass: 'Automatic upgrade is enabled.',
    'pass-ceiling':
      'Automatic upgrade is enabled, but it only brings builds published for it: the newest is {newestPublished}, below the {floor} minimum announced for {floorStops|date}. Automatic upgrade alone {never} carry this server over that floor.',
    suspended: 'Automatic upgrade is suspended: the system found the server not eligible.',
    disabled: 'Automatic upgrade is disabled: every upgrade is manual.',
    unknown: 'The automatic upgrade state is not known.',
  },
  headlines: {
    suspended: 'Automatic upgrade is suspended',
    disabled: 'Automatic upgrade is disabled',
    unknown: 'Automatic upgrade state not known',
  },
  remediation: {
    suspended: [
      { text: 'Read why it was suspended (see the suspension reason), fix the cause, then enable it again.', powershell: 'Get-ADSyncAutoUpgrade -Detail' },
      ENABLE,
    ],
    disabled: [ENABLE, { text: 'Or keep it disabled on purpose and plan manual upgrades before each build retires.' }],
    'pass-ceiling': [{ text: 'Plan a manual upgrade to the newest build from the Microsoft Entra admin center before the 2027 minimum.' }],
    unknown: [{ text: 'Read the state.', powershell: 'Get-ADSyncAutoUpgrade' }],
  },
  check: (context): Outcome => {
    const state = context.details.connect?.autoUpgrade?.state ?? undefined
    switch (state) {
      case 'Enabled': {
        const data = { state, ...ceiling(context) }
        const version = installedVersion(context.details)
        const isAboveFloor = version !== undefined && compareVersions(version, data.floor) >= 0
        return data.reachesFloor || isAboveFloor ? { status: 'pass', messageId: 'pass', data } : { status: 'pass', messageId: 'pass-ceiling', data }
      }
      case 'Suspended':
        return { status: 'warn', messageId: 'suspended', data: { state } }
      case 'Disabled':
        return { status: 'warn', messageId: 'disabled', data: { state } }
      case undefined:
        return { status: 'unknown', messageId: 'unknown' }
    }
  },
}
