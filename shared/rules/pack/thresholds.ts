/**
 * The shape of the numbers the prerequisite, auto-upgrade and migration rules decide from (the
 * values are data, in `built-in-pack.json`, `thresholds`).
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

/** Every threshold. */
export interface Thresholds {
  readonly dotnet: { readonly minimumRelease: number; readonly minimumName: string; readonly releases: readonly NamedValue[] }
  readonly os: { readonly minimumBuild: number; readonly contestedFromBuild: number; readonly builds: readonly NamedValue[] }
  readonly powershell: { readonly minimumMajor: number; readonly firstCoreMajor: number }
  readonly tls12: readonly TlsValueSpec[]
  readonly database: {
    readonly localDbWarnMb: number
    readonly localDbLimitMb: number
    readonly localDbMaxObjects: number
    /** SQL Server product majors mapped to the year people call them by. */
    readonly sqlMajors: readonly NamedValue[]
    readonly unsupportedSqlYears: readonly string[]
  }
  /** Custom sync rules stop blocking auto-upgrade from this version. */
  readonly customRulesBlockBelow: string
  /** The V2 builds that still use MSOnline in the wizard: from `v2From`, below `removedIn`. */
  readonly msonline: { readonly v2From: string; readonly removedIn: string }
  readonly endOfSupport: { readonly warnDays: number; readonly policyStart: IsoDate; readonly policyMonths: number }
  readonly migration: { readonly staleBuildMonths: number; readonly inPlaceMaxObjects: number }
  readonly hardware: readonly HardwareSizing[]
}
