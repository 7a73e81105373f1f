/**
 * The rule pack's data: every version, date and threshold the rules use, with its source.
 *
 * Facts come from the project's facts reference (entra-connect-facts.md); section numbers are
 * given beside each value.
 */
import { CLOUD_SYNC_MATRIX } from './cloud-sync-matrix'
import { CUSTOMIZATIONS } from './customizations'
import { RELEASES } from './releases'
import { THRESHOLDS } from './thresholds'
import type { RulePack } from './types'
import { UPGRADE_CODES } from './upgrade-codes'

/** The rule pack in force. Bump `version` on any change to the data; `asOf` is when facts were checked. */
export const RULE_PACK: RulePack = {
  version: '2026.11.26',
  asOf: '2026-11-26',
  deadlines: {
    // Facts §2.5: 1.x out of support 31 Aug 2022; Entra stopped accepting V1 connections 1 Oct 2023.
    v1: { minimum: '2.0.0.0', stoppedOn: '2023-10-01', retiredOn: '2022-08-31' },
    // Facts §1.2, §1.4, §1.5: harden-update-ad-fs-pingfederate.md rev 2025-04-09.
    hardening2025: {
      commercialMinimum: '2.4.18.0',
      nonCommercialMinimum: '2.4.21.0',
      federationSetupStops: '2025-04-07',
      wizardSignInStops: '2025-04-30',
    },
    // Facts §2.1, §2.2: harden article Learn copy rev 2025-09-19; prerequisites rev 2025-09-29.
    syncStop2026: { minimum: '2.5.79.0', stops: '2026-09-30' },
    // Facts §2.1, §2.3: prerequisites, newest Learn copy only. UNCERTAIN.
    appAuth2027: { minimum: '2.6.84.0', stops: '2027-04-07' },
  },
  releases: RELEASES,
  thresholds: THRESHOLDS,
  upgradeCodes: UPGRADE_CODES,
  cloudSync: CLOUD_SYNC_MATRIX,
  customizations: CUSTOMIZATIONS,
}
