/**
 * Connect Sync's release history: every build the rules know, with its end of support and where
 * that date comes from.
 *
 * Adding a release means adding a row here (and re-dating its predecessor's end of support).
 * Sources: facts §3.2 (end-of-support table, version history rev 2025-09-01, verbatim), §3.3
 * (release table), §3.5 (auto-upgrade builds), §3.6 and §12.3 (builds after 2.5.79.0: THIRD-PARTY).
 */
import type { IsoDate } from '../../dates/iso-date'
import type { Confidence } from '../types'

/**
 * Where an end-of-support date comes from: `documented` (a version-history table, verbatim),
 * `policy` (derived from the documented 12-months-after-successor policy), `third-party` (seen only
 * outside Microsoft's articles: never enough for a `fail`), `none` (no date: newest or withdrawn).
 */
export type EndOfSupportBasis = 'documented' | 'policy' | 'third-party' | 'none'

/** Whether Microsoft published the build for automatic upgrade (facts §3.5). */
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

const TABLE_2025 = 'Version history rev 2025-09-01, end-of-support table (facts §3.2)'
const TABLE_2024 = 'Version history rev 2024-07, end-of-support table (facts §3.2)'
const TABLE_2023 = 'Version history rev 2023-11 (facts §3.1)'
const POLICY = 'Derived: 12 months after the next release, not before 15 Mar 2023 (facts §3.1)'
const V1_RETIRED = 'All 1.x builds retired 31 Aug 2022 (decommission article; facts §2.5)'
const FEED = 'Third-party support feed and EOS table only (facts §3.6, §12.3); unconfirmed'
const FEED_DATE = 'Release date implied by a third-party end-of-support table (facts §3.6); unconfirmed'

/** Every known build, newest first (the order of the facts' release table). */
export const RELEASES: readonly Release[] = [
  { version: '2.6.92.0', releasedOn: '2026-09-23', autoUpgrade: 'uncertain', security: null, endOfSupport: null, endOfSupportBasis: 'none', endOfSupportSource: FEED, confidence: 'uncertain', note: FEED_DATE },
  { version: '2.6.91.0', releasedOn: '2026-09-16', autoUpgrade: 'uncertain', security: null, endOfSupport: '2027-09-23', endOfSupportBasis: 'third-party', endOfSupportSource: FEED, confidence: 'uncertain', note: FEED_DATE },
  { version: '2.6.84.0', releasedOn: '2026-07-07', autoUpgrade: 'uncertain', security: 'Reported security fixes (third-party); the announced minimum for 7 Apr 2027', endOfSupport: '2027-09-16', endOfSupportBasis: 'third-party', endOfSupportSource: FEED, confidence: 'uncertain', note: 'Named by Microsoft only as the April 2027 minimum; release date reported by third parties' },
  { version: '2.6.79.0', releasedOn: null, autoUpgrade: 'uncertain', security: null, endOfSupport: null, endOfSupportBasis: 'none', endOfSupportSource: FEED, confidence: 'uncertain', isWithdrawn: true, note: 'Reported as recalled/withdrawn (third-party)' },
  { version: '2.6.3.0', releasedOn: '2026-03-10', autoUpgrade: 'uncertain', security: null, endOfSupport: '2027-07-07', endOfSupportBasis: 'third-party', endOfSupportSource: FEED, confidence: 'uncertain', note: 'Auto-upgrade reportedly skips servers with a modified miiserver.exe.config' },
  { version: '2.6.1.0', releasedOn: '2026-02-02', autoUpgrade: 'uncertain', security: null, endOfSupport: '2027-03-10', endOfSupportBasis: 'third-party', endOfSupportSource: FEED, confidence: 'uncertain', note: 'Known issue with a modified miiserver.exe.config (third-party)' },
  { version: '2.5.190.0', releasedOn: '2025-10-23', autoUpgrade: 'uncertain', security: null, endOfSupport: '2027-02-02', endOfSupportBasis: 'third-party', endOfSupportSource: FEED, confidence: 'uncertain', note: 'Known issue with a modified miiserver.exe.config (third-party)' },
  { version: '2.5.79.0', releasedOn: '2025-09-01', autoUpgrade: 'yes', security: 'Application-identity fixes (TPM, FIPS); the minimum from 30 Sep 2026', endOfSupport: '2026-10-23', endOfSupportBasis: 'third-party', endOfSupportSource: `${FEED}; blank in the version history rev 2025-09-01`, confidence: 'documented', note: 'Auto-upgraded in phases from 4 Sep 2025; the prerequisites article says "May 2025" (facts §2.2)' },
  { version: '2.5.76.0', releasedOn: '2025-07-31', autoUpgrade: 'yes', security: 'Application-based authentication generally available', endOfSupport: '2026-09-01', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.5.3.0', releasedOn: '2025-05-27', autoUpgrade: 'no', security: 'Application-based authentication preview', endOfSupport: '2026-07-31', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented', note: 'First build only in the Microsoft Entra admin center' },
  { version: '2.4.131.0', releasedOn: '2025-03-27', autoUpgrade: 'yes', security: null, endOfSupport: '2026-05-26', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented', note: 'Table value is one day off the 12-month policy; used verbatim' },
  { version: '2.4.129.0', releasedOn: '2025-01-15', autoUpgrade: 'yes', security: null, endOfSupport: '2026-03-27', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.4.27.0', releasedOn: '2024-11-14', autoUpgrade: 'no', security: null, endOfSupport: '2026-01-15', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.4.21.0', releasedOn: '2024-10-09', autoUpgrade: 'no', security: 'Hardening update: the minimum for non-commercial clouds', endOfSupport: '2025-11-15', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented', note: 'Table value is one day off the 12-month policy; used verbatim' },
  { version: '2.4.18.0', releasedOn: '2024-10-07', autoUpgrade: 'no', security: 'Hardening update: MSOnline removed; the minimum for commercial clouds', endOfSupport: '2025-10-09', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.20.0', releasedOn: '2024-07-15', autoUpgrade: 'no', security: 'Security update (TLS 1.2 required)', endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.8.0', releasedOn: '2024-04-01', autoUpgrade: 'no', security: null, endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.6.0', releasedOn: '2024-02-21', autoUpgrade: 'yes', security: null, endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.2.0', releasedOn: '2023-12-12', autoUpgrade: 'no', security: null, endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.2.8.0', releasedOn: '2023-10-11', autoUpgrade: 'no', security: null, endOfSupport: '2024-12-12', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2024, confidence: 'documented' },
  { version: '2.2.1.0', releasedOn: '2023-06-19', autoUpgrade: 'no', security: null, endOfSupport: '2024-10-11', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2024, confidence: 'documented' },
  { version: '2.1.20.0', releasedOn: '2022-11-09', autoUpgrade: 'no', security: null, endOfSupport: '2024-06-19', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2023, confidence: 'documented' },
  { version: '2.1.19.0', releasedOn: '2022-11-02', autoUpgrade: 'no', security: null, endOfSupport: '2023-11-09', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2023, confidence: 'documented' },
  { version: '2.1.18.0', releasedOn: '2022-10-05', autoUpgrade: 'no', security: null, endOfSupport: '2023-11-02', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.1.16.0', releasedOn: '2022-08-02', autoUpgrade: 'yes', security: null, endOfSupport: '2023-10-05', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.1.15.0', releasedOn: '2022-07-06', autoUpgrade: 'uncertain', security: 'Admin Agent vulnerability fixed', endOfSupport: '2023-08-02', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.1.1.0', releasedOn: '2022-03-24', autoUpgrade: 'no', security: null, endOfSupport: '2023-07-06', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.91.0', releasedOn: '2022-01-19', autoUpgrade: 'no', security: null, endOfSupport: '2023-03-24', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.89.0', releasedOn: '2021-12-22', autoUpgrade: 'no', security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.88.0', releasedOn: '2021-12-15', autoUpgrade: 'no', security: 'Microsoft.Data.OData vulnerability fixed', endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.28.0', releasedOn: '2021-09-30', autoUpgrade: 'no', security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.25.1', releasedOn: '2021-09-14', autoUpgrade: 'no', security: 'Unquoted service path fixed', endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.10.0', releasedOn: '2021-08-19', autoUpgrade: 'no', security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.9.0', releasedOn: '2021-08-17', autoUpgrade: 'no', security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.8.0', releasedOn: '2021-08-10', autoUpgrade: 'no', security: 'CVE-2021-36949 fixed', endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.3.0', releasedOn: '2021-07-20', autoUpgrade: 'no', security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented', note: 'First V2 build' },
  { version: '1.6.16.0', releasedOn: '2021-10-13', autoUpgrade: 'yes', security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented', note: 'Last 1.x build, for Windows Server 2012 / 2012 R2' },
  { version: '1.6.14.2', releasedOn: '2021-09-21', autoUpgrade: 'yes', security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.13.0', releasedOn: '2021-08-19', autoUpgrade: 'no', security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.11.3', releasedOn: '2021-08-10', autoUpgrade: 'no', security: 'CVE-2021-36949 fixed', endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.4.0', releasedOn: '2021-03-31', autoUpgrade: 'no', security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.2.4', releasedOn: '2021-03-19', autoUpgrade: 'no', security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented', note: 'Microsoft advised not to install it (Health agent not registered)' },
]
