/**
 * The rule pack's data: every version, date and threshold the rules use, with its source beside it.
 */
import { CLOUD_SYNC_MATRIX } from './cloud-sync-matrix'
import { RELEASES } from './releases'
import { THRESHOLDS } from './thresholds'
import type { RulePack } from './types'
import { UPGRADE_CODES } from './upgrade-codes'
import { VULNERABILITIES } from './vulnerabilities'

/** The rule pack in force. Bump `version` on any change to the data; `asOf` is when facts were checked. */
export const RULE_PACK: RulePack = {
  version: '2026.12.06',
  asOf: '2026-12-06',
  deadlines: {
    // Decommission article: 1.x out of support 31 Aug 2022; Entra stopped accepting V1 connections 1 Oct 2023.
    v1: { minimum: '2.0.0.0', stoppedOn: '2023-10-01', retiredOn: '2022-08-31' },
    // harden-update-ad-fs-pingfederate rev 2025-04-09.
    hardening2025: {
      commercialMinimum: '2.4.18.0',
      nonCommercialMinimum: '2.4.21.0',
      federationSetupStops: '2025-04-07',
      wizardSignInStops: '2025-04-30',
    },
    // Harden article Learn copy rev 2025-09-19 and the version history ms.date 2026-09-16; no source
    // says it was enforced, extended or withdrawn.
    syncStop2026: { minimum: '2.5.79.0', stops: '2026-09-30' },
    // Prerequisites Learn copy ms.date 2026-01-16 only (the version history does not state the date): UNCERTAIN.
    appAuth2027: { minimum: '2.6.84.0', stops: '2027-04-07' },
  },
  releases: RELEASES,
  thresholds: THRESHOLDS,
  upgradeCodes: UPGRADE_CODES,
  cloudSync: CLOUD_SYNC_MATRIX,
  vulnerabilities: VULNERABILITIES,
}
