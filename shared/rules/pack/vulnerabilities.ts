/**
 * Security vulnerabilities Microsoft has published for Connect Sync builds: which builds carry
 * each, and the build that fixes it. Plain data, like the rest of the pack.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import type { Confidence, SourceRef } from '../types'

/** Microsoft's severity rating of a vulnerability. */
export type VulnerabilitySeverity = 'Critical' | 'Important' | 'Moderate' | 'Low'

/** One published vulnerability. */
export interface Vulnerability {
  /** The CVE id (`CVE-2026-65673`). */
  readonly id: string
  readonly title: string
  readonly severity: VulnerabilitySeverity
  readonly cvss: number
  /** What an attacker gains, in plain words. */
  readonly impact: string
  /** The day it was published: before it, the rules do not know of it. */
  readonly publishedOn: IsoDate
  /** Builds below this one are affected. */
  readonly affectedBelow: string
  /** The first build with the fix. */
  readonly fixedIn: string
  readonly sources: readonly SourceRef[]
  readonly confidence: Confidence
}
