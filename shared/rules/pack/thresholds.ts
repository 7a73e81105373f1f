/**
 * The numbers the prerequisite, auto-upgrade and migration rules decide from, with their sources.
 */
import type { IsoDate } from '../../dates/iso-date'

/** A number with the name people know it by (a .NET `Release` value, an OS build). */
export interface NamedValue {
  readonly value: number
  readonly name: string
}

/** One of the eight TLS 1.2 registry values, in the contract's order. */
export interface TlsValueSpec {
  /** Field path in the install-details document. */
  readonly path: string
  /** Registry key, as PowerShell's `HKLM:` drive writes it. */
  readonly registryKey: string
  readonly valueName: string
  readonly required: number
}

/** One row of the hardware sizing table (objects in Active Directory). */
export interface HardwareSizing {
  readonly minObjects: number
  /** Exclusive upper bound; `null` for the last row. */
  readonly maxObjects: number | null
  readonly cpuGhz: number
  readonly memoryGb: number
  readonly diskGb: number
  readonly isFullSqlRequired: boolean
}

/** An update to install on a Windows Server build (Windows Server 2025: KB5070773 or later). */
export interface OsUpdateAdvice {
  readonly fromBuild: number
  /** The cumulative update, or a later one, to have installed. */
  readonly minimumUpdate: string
  readonly reason: string
}

/** Which LocalDB version Connect installs, from which build on. */
export interface BundledLocalDb {
  readonly fromVersion: string
  readonly sqlYear: string
}

/** Every threshold. */
export interface Thresholds {
  readonly dotnet: { readonly minimumRelease: number; readonly minimumName: string; readonly releases: readonly NamedValue[] }
  readonly os: {
    readonly minimumBuild: number
    /** Builds the newest prerequisites recommend (Windows Server 2022 and 2025). */
    readonly recommendedBuilds: readonly number[]
    readonly updateAdvice: readonly OsUpdateAdvice[]
    readonly builds: readonly NamedValue[]
  }
  readonly powershell: { readonly minimumMajor: number; readonly firstCoreMajor: number }
  readonly tls12: readonly TlsValueSpec[]
  readonly database: {
    readonly localDbWarnMb: number
    readonly localDbLimitMb: number
    readonly localDbMaxObjects: number
    /** SQL Server product majors mapped to the year people call them by. */
    readonly sqlMajors: readonly NamedValue[]
    /**
     * External SQL Server versions the prerequisites allow (mainstream-supported, up to 2022), oldest
     * first. Older ones fail; newer ones warn (not yet documented).
     */
    readonly supportedSqlYears: readonly string[]
    /** Allowed versions that carry a note (whether 2017 and 2019 still count as mainstream is unclear). */
    readonly sqlYearsWithNote: readonly string[]
    /** Versions the prerequisites name as no longer supported (a subset of the older ones). */
    readonly unsupportedSqlYears: readonly string[]
    /** The LocalDB Connect installs, by build (newest last). */
    readonly bundledLocalDb: readonly BundledLocalDb[]
  }
  /** Custom sync rules stop blocking auto-upgrade from this version. */
  readonly customRulesBlockBelow: string
  /** The V2 builds that still use MSOnline in the wizard: from `v2From`, below `removedIn`. */
  readonly msonline: { readonly v2From: string; readonly removedIn: string }
  readonly endOfSupport: { readonly warnDays: number; readonly policyStart: IsoDate; readonly policyMonths: number }
  readonly migration: { readonly staleBuildMonths: number; readonly inPlaceMaxObjects: number }
  readonly hardware: readonly HardwareSizing[]
  readonly autoUpgrade: {
    /**
     * Days after a build's auto-upgrade publication began by which an eligible server with
     * auto-upgrade on should have it. Publication is phased over weeks; 90 days is this project's
     * allowance for that, not a Microsoft figure.
     */
    readonly graceDays: number
  }
  /**
   * From this build, setup no longer switches an existing server to application-based
   * authentication: the admin runs the wizard task "Configure application-based authentication".
   */
  readonly appAuthNotAutomaticFrom: string
}

const NETFX64 = 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'
const NETFX32 = 'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319'
const SCHANNEL = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2'

/** The thresholds in force. */
export const THRESHOLDS: Thresholds = {
  dotnet: {
    // Prerequisites: 4.7.2 (Release 461808) since 2.4.18.0; the prerequisites article's 4.6.2 is stale.
    minimumRelease: 461808,
    minimumName: '.NET Framework 4.7.2',
    // how-to-determine-which-versions-are-installed (ms.date 2025-10-20): minimum Release per version.
    releases: [
      { value: 394802, name: '.NET Framework 4.6.2' },
      { value: 460798, name: '.NET Framework 4.7' },
      { value: 461308, name: '.NET Framework 4.7.1' },
      { value: 461808, name: '.NET Framework 4.7.2' },
      { value: 528040, name: '.NET Framework 4.8' },
      { value: 533320, name: '.NET Framework 4.8.1' },
    ],
  },
  os: {
    // Prerequisites (Learn copy ms.date 2026-01-16): V2 needs Windows Server 2016 (build 14393) or
    // later; Windows Server 2025 (26100) and 2022 (20348) are recommended.
    minimumBuild: 14393,
    recommendedBuilds: [20348, 26100],
    updateAdvice: [
      { fromBuild: 26100, minimumUpdate: 'KB5070773', reason: 'an earlier Windows Server 2025 update caused a known sync problem' },
    ],
    // 9200 / 9600 (2012, 2012 R2) are general Windows knowledge, not from the cited articles.
    builds: [
      { value: 9200, name: 'Windows Server 2012' },
      { value: 9600, name: 'Windows Server 2012 R2' },
      { value: 14393, name: 'Windows Server 2016' },
      { value: 17763, name: 'Windows Server 2019' },
      { value: 20348, name: 'Windows Server 2022' },
      { value: 26100, name: 'Windows Server 2025' },
    ],
  },
  // Prerequisites: PowerShell 5.0 or newer since 2.0.3.0; 6 and later are PowerShell (Core).
  powershell: { minimumMajor: 5, firstCoreMajor: 6 },
  // reference-connect-tls-enforcement, in the contract's order: 1,1,1,1,1,0,1,0.
  tls12: [
    { path: 'tls12.netFx64.SystemDefaultTlsVersions', registryKey: NETFX64, valueName: 'SystemDefaultTlsVersions', required: 1 },
    { path: 'tls12.netFx64.SchUseStrongCrypto', registryKey: NETFX64, valueName: 'SchUseStrongCrypto', required: 1 },
    { path: 'tls12.netFx32.SystemDefaultTlsVersions', registryKey: NETFX32, valueName: 'SystemDefaultTlsVersions', required: 1 },
    { path: 'tls12.netFx32.SchUseStrongCrypto', registryKey: NETFX32, valueName: 'SchUseStrongCrypto', required: 1 },
    { path: 'tls12.schannelServer.Enabled', registryKey: `${SCHANNEL}\\Server`, valueName: 'Enabled', required: 1 },
    { path: 'tls12.schannelServer.DisabledByDefault', registryKey: `${SCHANNEL}\\Server`, valueName: 'DisabledByDefault', required: 0 },
    { path: 'tls12.schannelClient.Enabled', registryKey: `${SCHANNEL}\\Client`, valueName: 'Enabled', required: 1 },
    { path: 'tls12.schannelClient.DisabledByDefault', registryKey: `${SCHANNEL}\\Client`, valueName: 'DisabledByDefault', required: 0 },
  ],
  database: {
    // Prerequisites: LocalDB is limited to 10 GB (about 100,000 objects); auto-upgrade stops at 8 GB.
    localDbWarnMb: 8192,
    localDbLimitMb: 10240,
    localDbMaxObjects: 100_000,
    sqlMajors: [
      { value: 10, name: '2008' },
      { value: 11, name: '2012' },
      { value: 12, name: '2014' },
      { value: 13, name: '2016' },
      { value: 14, name: '2017' },
      { value: 15, name: '2019' },
      { value: 16, name: '2022' },
      { value: 17, name: '2025' },
    ],
    // Prerequisites (Learn copy ms.date 2026-01-16): mainstream-supported versions up to SQL Server
    // 2022; 2012 and 2016 are named unsupported.
    supportedSqlYears: ['2017', '2019', '2022'],
    sqlYearsWithNote: ['2017', '2019'],
    unsupportedSqlYears: ['2012', '2016'],
    // Version history ms.date 2026-09-16: 2.6.84.0 moved LocalDB from SQL Server 2019 to 2022.
    bundledLocalDb: [
      { fromVersion: '2.0.0.0', sqlYear: '2019' },
      { fromVersion: '2.6.84.0', sqlYear: '2022' },
    ],
  },
  // Automatic upgrade article: custom sync rules no longer block auto-upgrade after 2.2.1.0.
  customRulesBlockBelow: '2.2.1.0',
  // Hardening article: 2.4.18.0 removed every MSOnline reference (DERIVED: older builds depend on it).
  msonline: { v2From: '2.0.0.0', removedIn: '2.4.18.0' },
  // Version history: retire 12 months after the next release, policy in force from 15 Mar 2023.
  endOfSupport: { warnDays: 90, policyStart: '2023-03-15', policyMonths: 12 },
  // Upgrade article: swing migration when not upgraded in 12-18 months (the later end is used) or
  // above about 100,000 objects.
  migration: { staleBuildMonths: 18, inPlaceMaxObjects: 100_000 },
  // Prerequisites: minimum hardware for Connect by objects in AD.
  hardware: [
    { minObjects: 0, maxObjects: 10_000, cpuGhz: 1.6, memoryGb: 6, diskGb: 70, isFullSqlRequired: false },
    { minObjects: 10_000, maxObjects: 50_000, cpuGhz: 1.6, memoryGb: 6, diskGb: 70, isFullSqlRequired: false },
    { minObjects: 50_000, maxObjects: 100_000, cpuGhz: 1.6, memoryGb: 16, diskGb: 100, isFullSqlRequired: false },
    { minObjects: 100_000, maxObjects: 300_000, cpuGhz: 1.6, memoryGb: 32, diskGb: 300, isFullSqlRequired: true },
    { minObjects: 300_000, maxObjects: 600_000, cpuGhz: 1.6, memoryGb: 32, diskGb: 450, isFullSqlRequired: true },
    { minObjects: 600_000, maxObjects: null, cpuGhz: 1.6, memoryGb: 32, diskGb: 500, isFullSqlRequired: true },
  ],
  autoUpgrade: { graceDays: 90 },
  // Version history ms.date 2026-09-16, 2.6.84.0 release notes.
  appAuthNotAutomaticFrom: '2.6.84.0',
}
