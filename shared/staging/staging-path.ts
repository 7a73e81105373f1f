/**
 * How this server can enter staging mode for the upgrade: the wizard's "Configure staging mode",
 * the ADSyncTools workaround (builds that still use MSOnline; see workaround-script.ts), or upgrade first.
 */
import { type DateFormatter, isOnOrAfter, type IsoDate } from '../dates/iso-date'
import type { RulePack } from '../rules/pack/types'
import type { Status } from '../rules/types'
import { isBelow } from '../version/four-part-version'

/**
 * `workaround`: the wizard cannot switch staging mode; the script can. `wizard`: the wizard's own
 * page works. `not-yet`: it works until the MSOnline retirement date. `upgrade-first`: a V1 build
 * (swing migration to a new server in staging mode). `unknown`: the version is not known.
 */
export type StagingPathKind = 'workaround' | 'wizard' | 'not-yet' | 'upgrade-first' | 'unknown'

/** The path and why, in one or two sentences. */
export interface StagingPath {
  readonly kind: StagingPathKind
  readonly reason: string
  /** The workaround needs Windows PowerShell 5.1, and the server reported PowerShell Core. */
  readonly isCoreReported: boolean
}

const WIZARD_PAGE = 'In the Microsoft Entra Connect wizard choose "Configure staging mode"'

/**
 * The staging path for a server on `version`, given the `staging/msonline-workaround` status;
 * `formatDate` writes the dates in its reason.
 */
export function stagingPath(
  version: string | undefined,
  workaroundStatus: Status | undefined,
  edition: string | undefined,
  asOf: IsoDate,
  pack: RulePack,
  formatDate: DateFormatter,
): StagingPath {
  const { v2From, removedIn } = pack.thresholds.msonline
  const retiredOn = pack.deadlines.hardening2025.wizardSignInStops
  const isCoreReported = edition === 'Core'
  if (version === undefined) {
    return { kind: 'unknown', reason: 'The installed version is not known, so it is not known whether the wizard can switch staging mode. Enter it on the Install details step.', isCoreReported }
  }
  if (workaroundStatus === 'warn' || workaroundStatus === 'fail') {
    return {
      kind: 'workaround',
      reason: `${version} still switches staging mode through MSOnline, retired since ${formatDate(retiredOn)}: its wizard cannot do it. Upgrade in place (preferred), or enter staging mode first with the reviewed script below.`,
      isCoreReported,
    }
  }
  if (isBelow(version, v2From)) {
    return {
      kind: 'upgrade-first',
      reason: `${version} is a V1 build, which no longer syncs at all. Do not try to switch it: install the new build on a new server in staging mode (swing migration), then switch roles.`,
      isCoreReported,
    }
  }
  if (isBelow(version, removedIn) && !isOnOrAfter(asOf, retiredOn)) {
    return {
      kind: 'not-yet',
      reason: `As of ${formatDate(asOf)} the wizard of ${version} can still switch staging mode; from ${formatDate(retiredOn)} it cannot. ${WIZARD_PAGE} now, or upgrade before that date.`,
      isCoreReported,
    }
  }
  return {
    kind: 'wizard',
    reason: `${version} no longer uses MSOnline (it is ${removedIn} or later), so no workaround is needed. ${WIZARD_PAGE} to switch staging mode on or off.`,
    isCoreReported,
  }
}
