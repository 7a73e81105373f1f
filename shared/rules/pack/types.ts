/**
 * The rule pack's shape: the data the rules decide from (versions, dates, thresholds, codes).
 *
 * Adding a release or a deadline means editing data (`built-in-pack.json`), not a rule.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import type { CloudSyncMatrix } from './cloud-sync-matrix'
import type { CustomizationsPack } from './customizations'
import type { Release } from './releases'
import type { Thresholds } from './thresholds'
import type { UpgradeCode } from './upgrade-codes'
import type { Vulnerability } from './vulnerabilities'

/** The minimum versions and dates of one mandatory floor. */
export interface Deadlines {
  /** Below 2.0.0.0 is V1, not functional since 1 Oct 2023. */
  readonly v1: { readonly minimum: string; readonly stoppedOn: IsoDate; readonly retiredOn: IsoDate }
  /** The 2024-2025 hardening update. */
  readonly hardening2025: {
    readonly commercialMinimum: string
    readonly nonCommercialMinimum: string
    /** AD FS and PingFederate setup in the wizard stop from this date. */
    readonly federationSetupStops: IsoDate
    /** Every wizard sign-in (schema refresh, staging mode, sign-in changes) fails from this date. */
    readonly wizardSignInStops: IsoDate
  }
  /** All synchronization stops below this version from this date. */
  readonly syncStop2026: { readonly minimum: string; readonly stops: IsoDate }
  /** Announced, not confirmed: this version plus application-based authentication. */
  readonly appAuth2027: { readonly minimum: string; readonly stops: IsoDate }
}

/** The rule pack: versioned data, dated by when its facts were last checked. */
export interface RulePack {
  readonly version: string
  readonly asOf: IsoDate
  readonly deadlines: Deadlines
  /** Every known build, with its end of support. */
  readonly releases: readonly Release[]
  readonly thresholds: Thresholds
  /** Auto-upgrade result codes and suspension reasons. */
  readonly upgradeCodes: readonly UpgradeCode[]
  readonly cloudSync: CloudSyncMatrix
  /** Published vulnerabilities, each with the builds it affects and the build that fixes it. */
  readonly vulnerabilities: readonly Vulnerability[]
  /** The customization rules' data: precedence band, config-file builds, Cloud Sync tool limits. */
  readonly customizations: CustomizationsPack
}

/** The `kind` every rule pack file carries. */
export const RULE_PACK_KIND = 'entra-connect-rule-pack'

/** The pack file formats this app reads. */
export const RULE_PACK_FORMAT_VERSION = 1

/**
 * A rule pack as a file holds it: the pack's data plus what says which app may use it
 * (`requiresApp`, a semver range the app's version must satisfy).
 */
export interface RulePackFile extends RulePack {
  readonly kind: typeof RULE_PACK_KIND
  readonly formatVersion: typeof RULE_PACK_FORMAT_VERSION
  readonly requiresApp: string
}
