/**
 * The rule pack's data for the customization rules: the custom precedence band, the builds that
 * break or skip a modified miiserver.exe.config, the deletion threshold's default and the guided
 * Cloud Sync migration tool's limits. Plain JSON-representable data.
 */

/** The three ways off the installed build. */
export const ROUTES = ['in-place', 'swing', 'cloud-sync-tool'] as const
/** One route. */
export type Route = (typeof ROUTES)[number]

/** Everything the customization rules decide from. */
export interface CustomizationsPack {
  /** Custom rules use this band; out-of-box rules start above it. */
  readonly customPrecedence: { readonly min: number; readonly max: number }
  /** An ImmutableTag with this prefix marks an out-of-box rule. */
  readonly standardTagPrefix: string
  readonly miiserverConfig: {
    /** Builds whose installer keeps a modified file without the new DiagnosticSource redirect. */
    readonly breakVersions: readonly string[]
    /** The redirect's target version that fixes them. */
    readonly redirectVersion: string
    /** From this auto-upgrade build, automatic upgrade skips a server with a modified file. */
    readonly autoUpgradeSkipsFrom: string
    /** From this build, an upgrade merges the file's changes into the new one. */
    readonly mergesFrom: string
  }
  /** The export deletion threshold's default (objects). */
  readonly deletionThresholdDefault: number
  readonly cloudSyncTool: {
    /** The Connect build that brings the guided migration. */
    readonly minimumConnectVersion: string
    readonly maxForests: number
    readonly maxObjects: number
    readonly maxContainersPerDomain: number
    /** Clouds the tool runs in (Azure public cloud). */
    readonly clouds: readonly string[]
    /** The only UPN source attribute the tool takes. */
    readonly upnAttribute: string
  }
}

/** The customization data in force. */
export const CUSTOMIZATIONS: CustomizationsPack = {
  // how-to-connect-import-export-config and how-to-connect-fix-default-rules: custom 0-99, standard from 100.
  customPrecedence: { min: 0, max: 99 },
  // Microsoft's configuration documenter treats a "Microsoft." tag as a default rule (derived).
  standardTagPrefix: 'Microsoft.',
  // Version history ms.date 2026-09-16: 2.5.190.0 and 2.6.1.0 break a modified file; 2.6.3.0
  // auto-upgrade skips it; 2.6.84.0 merges it. The 8.0.0.0 redirect is third-party only.
  miiserverConfig: { breakVersions: ['2.5.190.0', '2.6.1.0'], redirectVersion: '8.0.0.0', autoUpgradeSkipsFrom: '2.6.3.0', mergesFrom: '2.6.84.0' },
  // how-to-connect-sync-feature-prevent-accidental-deletes: 500 by default.
  deletionThresholdDefault: 500,
  // migrate-connect-sync-cloud-sync-tool ms.date 2026-09-16 and the 2.6.91.0 release notes.
  cloudSyncTool: {
    minimumConnectVersion: '2.6.91.0',
    maxForests: 1,
    maxObjects: 2000,
    maxContainersPerDomain: 30,
    clouds: ['commercial', 'gcc'],
    upnAttribute: 'userPrincipalName',
  },
}
