/**
 * The shape of Connect Sync's release history in the rule pack: every build the rules know, with
 * its end of support and where that date comes from.
 *
 * The rows are data, in `built-in-pack.json` (`releases`, newest first): adding a release means
 * adding a row there (and re-dating its predecessor's end of support), each with its source.
 */
import type { IsoDate } from '../../dates/iso-date'
import type { Confidence } from '../types'

/**
 * Where an end-of-support date comes from: `documented` (a version-history table, verbatim),
 * `policy` (derived from the documented 12-months-after-successor policy), `third-party` (seen only
 * outside Microsoft's articles: never enough for a `fail`), `none` (no date: newest or withdrawn).
 */
export type EndOfSupportBasis = 'documented' | 'policy' | 'third-party' | 'none'

/** Whether Microsoft published the build for automatic upgrade. */
export type AutoUpgradePublished = 'yes' | 'no' | 'uncertain'

/** One Connect Sync build. */
export interface Release {
  readonly version: string
  /** Release date; `null` when no source gives one. */
  readonly releasedOn: IsoDate | null
  readonly autoUpgrade: AutoUpgradePublished
  /** What the release notes say about security, or `null` when nothing. */
  readonly security: string | null
  /** First day out of support; `null` when none is known. */
  readonly endOfSupport: IsoDate | null
  readonly endOfSupportBasis: EndOfSupportBasis
  /** Where the end-of-support date was read or how it was derived. */
  readonly endOfSupportSource: string
  /** How sure the row as a whole is (third-party rows are `uncertain`). */
  readonly confidence: Confidence
  /** Reported as recalled: do not stay on it. */
  readonly isWithdrawn?: boolean
  readonly note?: string
}
