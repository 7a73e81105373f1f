/**
 * Connect Sync's release history: every build the rules know, with its end of support, its
 * auto-upgrade publication, its known issues and where each comes from.
 *
 * Adding a release means adding a row here (and re-dating its predecessor's end of support).
 * Sources: the version history (ms.date 2026-09-16 for every build from 2.5.79.0; rev 2025-09-01
 * and older revisions for the end-of-support table of older builds) and the V1 decommission article.
 * Plain data only (strings, numbers, booleans, null, arrays, plain objects): the pack is also
 * written out as JSON.
 */
import type { IsoDate } from '../../dates/iso-date'
import { SOURCE_VERSION_HISTORY } from '../sources'
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

const VH26 = 'Version history ms.date 2026-09-16, release notes and end-of-support table'
const TABLE_2025 = 'Version history rev 2025-09-01, end-of-support table'
const TABLE_2024 = 'Version history rev 2024-07, end-of-support table'
const TABLE_2023 = 'Version history rev 2023-11'
const POLICY = 'Derived: 12 months after the next release, not before 15 Mar 2023'
const V1_RETIRED = 'All 1.x builds retired 31 Aug 2022 (decommission article)'
const BLOG = 'Third-party blog quoting the version history only; unconfirmed'
const DERIVED_FROM_2_6_92 = 'Blank in the version history ms.date 2026-09-16; derived as 12 months after 2.6.92.0, a build known only from third-party material'

/** Every known build, newest first (the order of the facts' release table). */
export const RELEASES: readonly Release[] = [
  { version: '2.6.92.0', releasedOn: '2026-09-23', autoUpgrade: 'uncertain', autoUpgradeFrom: null, security: null, endOfSupport: null, endOfSupportBasis: 'none', endOfSupportSource: BLOG, confidence: 'uncertain', note: 'Hotfix known only from a third-party blog quoting the version history; the newest build known on 6 Dec 2026' },
  { version: '2.6.91.0', releasedOn: '2026-09-16', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Security fixes', endOfSupport: '2027-09-23', endOfSupportBasis: 'third-party', endOfSupportSource: DERIVED_FROM_2_6_92, confidence: 'documented', source: SOURCE_VERSION_HISTORY, note: 'Guided Cloud Sync migration; more Microsoft Graph permissions (review app-scoped Conditional Access); -AADUsername optional again. Fixes the 0xE0474352 database failure and the OU-filter re-selection bug of 2.6.84.0' },
  { version: '2.6.84.0', releasedOn: '2026-07-07', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Security fixes (CVE-2026-65673); the announced minimum for 7 Apr 2027', endOfSupport: '2027-09-16', endOfSupportBasis: 'documented', endOfSupportSource: VH26, confidence: 'documented', source: SOURCE_VERSION_HISTORY, knownIssues: [{ summary: 'Installing or upgrading over an existing ADSync database fails', code: '0xE0474352', fixedIn: '2.6.91.0', isUpgradeBlocker: true }, { summary: 'Re-selecting the OU filter in the wizard can lose the selection', code: null, fixedIn: '2.6.91.0', isUpgradeBlocker: false }], note: 'Existing servers are no longer switched to application-based authentication automatically (run the wizard task "Configure application-based authentication"); -AADUsername became mandatory on Set-ADSyncAADCompanyFeature and Set-ADSyncAADPasswordSyncState; LocalDB moves to SQL Server 2022; password hash sync self-healing removed' },
  { version: '2.6.79.0', releasedOn: null, autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: null, endOfSupportBasis: 'none', endOfSupportSource: VH26, confidence: 'documented', source: SOURCE_VERSION_HISTORY, isWithdrawn: true, note: 'Installer recalled by Microsoft: uninstall it and install the newest build' },
  { version: '2.6.3.0', releasedOn: '2026-03-10', autoUpgrade: 'yes', autoUpgradeFrom: '2026-03-11', security: null, endOfSupport: '2027-07-07', endOfSupportBasis: 'documented', endOfSupportSource: VH26, confidence: 'documented', source: SOURCE_VERSION_HISTORY, note: 'Hotfix. Auto-upgrade, phased from 11 Mar 2026, skips servers with a modified miiserver.exe.config or miisclient.exe.config (no result code documented)' },
  { version: '2.6.1.0', releasedOn: '2026-02-02', autoUpgrade: 'yes', autoUpgradeFrom: '2026-02-09', security: null, endOfSupport: '2027-03-10', endOfSupportBasis: 'documented', endOfSupportSource: VH26, confidence: 'documented', source: SOURCE_VERSION_HISTORY, knownIssues: [{ summary: 'A modified miiserver.exe.config breaks sync after the upgrade (fix: the bindingRedirect entries)', code: null, fixedIn: '2.6.84.0', isUpgradeBlocker: false }], note: 'Auto-upgrade phased from 9 Feb 2026; managed application certificate lifetime set to 90 days' },
  { version: '2.5.190.0', releasedOn: '2025-11-19', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2027-02-02', endOfSupportBasis: 'documented', endOfSupportSource: VH26, confidence: 'documented', source: SOURCE_VERSION_HISTORY, knownIssues: [{ summary: 'A modified miiserver.exe.config breaks sync after the upgrade (fix: the bindingRedirect entries)', code: null, fixedIn: '2.6.84.0', isUpgradeBlocker: false }, { summary: 'Do not use the Synchronization Service Manager UI on 2.5.3.0 to 2.5.190.0', code: null, fixedIn: '2.6.1.0', isUpgradeBlocker: false }], note: 'Download only. Released 19 Nov 2025 (stated twice); the 2.5.79.0 row implies 23 Oct 2025: Microsoft contradicts itself, the end-of-support dates are used as stated' },
  { version: '2.5.79.0', releasedOn: '2025-09-01', autoUpgrade: 'yes', autoUpgradeFrom: '2025-09-04', security: 'Application-identity fixes (TPM, FIPS); the minimum from 30 Sep 2026', endOfSupport: '2026-10-23', endOfSupportBasis: 'documented', endOfSupportSource: VH26, confidence: 'documented', source: SOURCE_VERSION_HISTORY, note: 'Auto-upgraded in phases from 4 Sep 2025' },
  { version: '2.5.76.0', releasedOn: '2025-07-31', autoUpgrade: 'yes', autoUpgradeFrom: null, security: 'Application-based authentication generally available', endOfSupport: '2026-09-01', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.5.3.0', releasedOn: '2025-05-27', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Application-based authentication preview', endOfSupport: '2026-07-31', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented', note: 'First build only in the Microsoft Entra admin center' },
  { version: '2.4.131.0', releasedOn: '2025-03-27', autoUpgrade: 'yes', autoUpgradeFrom: null, security: null, endOfSupport: '2026-05-26', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented', note: 'Table value is one day off the 12-month policy; used verbatim' },
  { version: '2.4.129.0', releasedOn: '2025-01-15', autoUpgrade: 'yes', autoUpgradeFrom: null, security: null, endOfSupport: '2026-03-27', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.4.27.0', releasedOn: '2024-11-14', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2026-01-15', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.4.21.0', releasedOn: '2024-10-09', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Hardening update: the minimum for non-commercial clouds', endOfSupport: '2025-11-15', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented', note: 'Table value is one day off the 12-month policy; used verbatim' },
  { version: '2.4.18.0', releasedOn: '2024-10-07', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Hardening update: MSOnline removed; the minimum for commercial clouds', endOfSupport: '2025-10-09', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.20.0', releasedOn: '2024-07-15', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Security update (TLS 1.2 required)', endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.8.0', releasedOn: '2024-04-01', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.6.0', releasedOn: '2024-02-21', autoUpgrade: 'yes', autoUpgradeFrom: null, security: null, endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.3.2.0', releasedOn: '2023-12-12', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2025-04-30', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2025, confidence: 'documented' },
  { version: '2.2.8.0', releasedOn: '2023-10-11', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2024-12-12', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2024, confidence: 'documented' },
  { version: '2.2.1.0', releasedOn: '2023-06-19', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2024-10-11', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2024, confidence: 'documented' },
  { version: '2.1.20.0', releasedOn: '2022-11-09', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2024-06-19', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2023, confidence: 'documented' },
  { version: '2.1.19.0', releasedOn: '2022-11-02', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-11-09', endOfSupportBasis: 'documented', endOfSupportSource: TABLE_2023, confidence: 'documented' },
  { version: '2.1.18.0', releasedOn: '2022-10-05', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-11-02', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.1.16.0', releasedOn: '2022-08-02', autoUpgrade: 'yes', autoUpgradeFrom: null, security: null, endOfSupport: '2023-10-05', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.1.15.0', releasedOn: '2022-07-06', autoUpgrade: 'uncertain', autoUpgradeFrom: null, security: 'Admin Agent vulnerability fixed', endOfSupport: '2023-08-02', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.1.1.0', releasedOn: '2022-03-24', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-07-06', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.91.0', releasedOn: '2022-01-19', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-03-24', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.89.0', releasedOn: '2021-12-22', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.88.0', releasedOn: '2021-12-15', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Microsoft.Data.OData vulnerability fixed', endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.28.0', releasedOn: '2021-09-30', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.25.1', releasedOn: '2021-09-14', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'Unquoted service path fixed', endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.10.0', releasedOn: '2021-08-19', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.9.0', releasedOn: '2021-08-17', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.8.0', releasedOn: '2021-08-10', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'CVE-2021-36949 fixed', endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented' },
  { version: '2.0.3.0', releasedOn: '2021-07-20', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2023-03-15', endOfSupportBasis: 'policy', endOfSupportSource: POLICY, confidence: 'documented', note: 'First V2 build' },
  { version: '1.6.16.0', releasedOn: '2021-10-13', autoUpgrade: 'yes', autoUpgradeFrom: null, security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented', note: 'Last 1.x build, for Windows Server 2012 / 2012 R2' },
  { version: '1.6.14.2', releasedOn: '2021-09-21', autoUpgrade: 'yes', autoUpgradeFrom: null, security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.13.0', releasedOn: '2021-08-19', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.11.3', releasedOn: '2021-08-10', autoUpgrade: 'no', autoUpgradeFrom: null, security: 'CVE-2021-36949 fixed', endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.4.0', releasedOn: '2021-03-31', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented' },
  { version: '1.6.2.4', releasedOn: '2021-03-19', autoUpgrade: 'no', autoUpgradeFrom: null, security: null, endOfSupport: '2022-08-31', endOfSupportBasis: 'documented', endOfSupportSource: V1_RETIRED, confidence: 'documented', note: 'Microsoft advised not to install it (Health agent not registered)' },
]
