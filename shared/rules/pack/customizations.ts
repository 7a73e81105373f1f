/**
 * The rule pack's data for the customization rules: the custom precedence band, the builds that
 * break or skip a modified miiserver.exe.config and the deletion threshold's default. The values are
 * data, in `built-in-pack.json` (`customizations`). The guided Cloud Sync migration tool's limits are
 * `cloudSync.migrationTool` (packs of 2026.12.06 and older also carried a copy here, `cloudSyncTool`,
 * which the loader still accepts and folds into that one set).
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
}
