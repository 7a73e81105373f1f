/**
 * Rule pack data for tests (pure, so renderer tests can use it too).
 */
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { RulePackFile } from '~shared/rules/pack/types'

/** The built-in pack as a newer pack: one more build (2.6.99.0), a later version and date. */
export function packWithExtraBuild(): RulePackFile {
  const extra = {
    version: '2.6.99.0',
    releasedOn: '2026-12-01',
    autoUpgrade: 'no' as const,
    autoUpgradeFrom: null,
    security: null,
    endOfSupport: null,
    endOfSupportBasis: 'none' as const,
    endOfSupportSource: 'Version history (test build)',
    confidence: 'documented' as const,
  }
  return { ...BUILT_IN_PACK, version: '2027.01.20', asOf: '2027-01-20', releases: [extra, ...BUILT_IN_PACK.releases] }
}


/**
 * `pack` written in the shape of packs up to 2026.12.06: the migration tool's limits twice, in
 * `cloudSync.migrationTool` (without the UPN attribute) and in `customizations.cloudSyncTool`.
 */
export function packInOldShape(pack: RulePackFile = BUILT_IN_PACK): unknown {
  const { upnAttribute, ...tool } = pack.cloudSync.migrationTool
  const cloudSyncTool = {
    minimumConnectVersion: tool.fromConnectVersion,
    maxForests: tool.maxForests,
    maxObjects: tool.maxObjects,
    maxContainersPerDomain: tool.maxContainersPerDomain,
    clouds: ['commercial', 'gcc'],
    upnAttribute,
  }
  return { ...pack, cloudSync: { ...pack.cloudSync, migrationTool: tool }, customizations: { ...pack.customizations, cloudSyncTool } }
}
