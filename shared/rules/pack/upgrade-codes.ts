/**
 * The shape of the auto-upgrade result codes and suspension reasons: what each means, what it does
 * to the upgrade, and how to fix it (the codes are data, in `built-in-pack.json`, `upgradeCodes`).
 */
import type { Confidence } from '../types'

/**
 * What the code does to auto-upgrade: `aborts` (temporary; retried later), `blocks` (the
 * configuration rules auto-upgrade out; upgrade manually), `rolled-back` (tried, failed, rolled
 * back), `suspends` (a suspension reason that is not an UpgradeResult value).
 */
export type UpgradeCodeEffect = 'aborts' | 'blocks' | 'rolled-back' | 'suspends'

/**
 * Where the code is documented: the current article, only older revisions, only as an example, or
 * `derived` (not a code Microsoft's upgrader reports: this app's name for a condition the articles
 * imply, such as a retired V1 build).
 */
export type UpgradeCodeEra = 'current' | 'historical' | 'example' | 'derived'

/** One code. */
export interface UpgradeCode {
  readonly code: string
  /** Plain meaning, one sentence. */
  readonly meaning: string
  readonly effect: UpgradeCodeEffect
  readonly era: UpgradeCodeEra
  /** What to do about it. */
  readonly fix: string
  readonly powershell?: string
  readonly confidence: Confidence
}
