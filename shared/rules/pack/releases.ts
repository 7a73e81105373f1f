/**
 * The shape of Connect Sync's release history in the rule pack: every build the rules know, with
 * its end of support and where that date comes from.
 *
 * The rows are data, in `built-in-pack.json` (`releases`, newest first): adding a release means
 * adding a row there (and re-dating its predecessor's end of support), each with its source.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import type { Confidence, SourceRef } from '../types'

/**
 * Where an end-of-support date comes from: `documented` (a version-history table, verbatim),
 * `policy` (derived from the documented 12-months-after-successor policy), `third-party` (seen only
 * outside Microsoft's articles, or derived from such a date: never enough for a `fail`), `none` (no
 * date: newest or withdrawn).
 */
export type EndOfSupportBasis = 'documented' | 'policy' | 'third-party' | 'none'

/** Whether Microsoft published the build for automatic upgrade (the version history says so per build). */
export type AutoUpgradePublished = 'yes' | 'no' | 'uncertain'

/** One problem the release notes document for a build, and the build that fixes it. */
export interface KnownIssue {
  readonly summary: string
  /** The error code Microsoft names (`0xE0474352`), or `null`. */
  readonly code: string | null
  /** The first build that fixes it, or `null` when none does yet. */
  readonly fixedIn: string | null
  /** True when installing or upgrading to the build can fail because of it: never aim for that build. */
  readonly isUpgradeBlocker: boolean
}

/** One Connect Sync build. */
export interface Release {
  readonly version: string
  /** Release date; `null` when no source gives one. */
  readonly releasedOn: IsoDate | null
  readonly autoUpgrade: AutoUpgradePublished
  /**
   * The day Microsoft began publishing the build for automatic upgrade (phased: servers are picked
   * over the following weeks); `null` when not published or when the notes give no date.
   */
  readonly autoUpgradeFrom: IsoDate | null
  /** What the release notes say about security, or `null` when nothing. */
  readonly security: string | null
  /** First day out of support; `null` when none is known. */
  readonly endOfSupport: IsoDate | null
  readonly endOfSupportBasis: EndOfSupportBasis
  /** Where the end-of-support date was read or how it was derived. */
  readonly endOfSupportSource: string
  /** How sure the row as a whole is (third-party rows are `uncertain`). */
  readonly confidence: Confidence
  /** The article the row was read from, with its revision; absent on rows older than the 2026 notes. */
  readonly source?: SourceRef
  /** Recalled by Microsoft: never a target; a server on it reinstalls the newest build. */
  readonly isWithdrawn?: boolean
  /** Problems the release notes document for this build. */
  readonly knownIssues?: readonly KnownIssue[]
  readonly note?: string
}
