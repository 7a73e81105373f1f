/**
 * What each verdict means, in one sentence an admin can act on.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import { formatUserDate } from '~renderer/components/locale-date'
import type { Verdict } from '~shared/rules/types'

/** The verdict as one sentence, for the given as-of date. */
export function describeVerdict(verdict: Verdict, asOf: IsoDate): string {
  const date = formatUserDate(asOf)
  switch (verdict) {
    case 'critical':
      return `Critical: as of ${date} a version or prerequisite check fails, so this server is out of support, has stopped syncing or cannot take the upgrade; fix the failures below first.`
    case 'action-required':
      return `Action required: as of ${date} no deadline is broken and nothing blocks the upgrade, but some checks warn or fail; deal with them before or during the upgrade.`
    case 'incomplete':
      return `Incomplete: the Entra Connect version is not known, so the deadline checks cannot decide; type it on the Install details step or open an install-details file.`
    case 'ok':
      return `Ready: as of ${date} no check fails or warns on this server (Cloud Sync advice does not count towards this).`
  }
}
