/**
 * The shape of the numbers the prerequisite, auto-upgrade and migration rules decide from (the
 * values are data, in `built-in-pack.json`, `thresholds`).
 */
import type { IsoDate } from '~shared/dates/iso-date'

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
