/**
 * How every output names the pack it used (the `rulePack` object of the command line's formats
 * and the app's reports): built in this one place.
 */
import type { IsoDate } from '~shared/dates/iso-date'
import { packAge, STALE_AFTER_DAYS } from './pack-age'
import type { RulePack } from './types'

/** The pack an output was made with: where it came from, who signed it, whether it may be out of date. */
export interface RulePackSummary {
  readonly version: string
  readonly asOf: IsoDate
  /** `built-in`, or the pack file as given. */
  readonly source: string
  /** The signing key's name and fingerprint; `null` for the built-in pack (it ships inside the app). */
  readonly signer: string | null
  /** Present (true) when the output's as-of date is more than 60 days after the pack's. */
  readonly stale?: true
}

/** How a run names its pack: always version and date; source, signer and staleness where known. */
export type RulePackRef = Pick<RulePackSummary, 'version' | 'asOf'> & Partial<Pick<RulePackSummary, 'source' | 'signer' | 'stale'>>

/** The source of the pack that ships inside the app. */
export const BUILT_IN_SOURCE = 'built-in'

/** Names `pack` for an output dated `asOf`; `source` and `signer` as {@link RulePackSummary} says. */
export function rulePackSummary(pack: Pick<RulePack, 'version' | 'asOf'>, asOf: IsoDate, source: string = BUILT_IN_SOURCE, signer: string | null = null): RulePackSummary {
  const { isStale } = packAge(pack.asOf, asOf)
  return { version: pack.version, asOf: pack.asOf, source, signer, ...(isStale ? { stale: true as const } : {}) }
}

/** The pack in words for a report's header: `Rule pack 2026.12.06 (facts checked 6 Dec 2026), from FILE, signed by KEY.` */
export function describePackRef(ref: RulePackRef, formatDate: (date: IsoDate) => string): string {
  const from = ref.source === undefined || ref.source === BUILT_IN_SOURCE ? '' : `, from ${ref.source}`
  const signed = ref.signer === undefined || ref.signer === null ? '' : `, signed by ${ref.signer}`
  const stale = ref.stale === true ? ` This pack is more than ${STALE_AFTER_DAYS} days older than the as-of date: the rules may be out of date.` : ''
  return `Rule pack ${ref.version} (facts checked ${formatDate(ref.asOf)})${from}${signed}.${stale}`
}

/** The one line said (on stderr, in a banner) when a pack may be out of date. */
export function staleNotice(summary: Pick<RulePackSummary, 'version' | 'asOf'>, asOf: IsoDate): string {
  const { days } = packAge(summary.asOf, asOf)
  return `rule pack ${summary.version} (facts as of ${summary.asOf}) is ${days} days older than the as-of date ${asOf} (more than ${STALE_AFTER_DAYS}): the rules may be out of date; get a newer signed pack from the maintainers and use --rule-pack FILE`
}
