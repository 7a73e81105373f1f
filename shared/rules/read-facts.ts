/**
 * Small readers the rules share: a fact that is `null` or missing is `undefined` (unknown).
 */
import type { InstallDetails } from '../types/install-details'

/** The installed Connect version, or `undefined` when unknown. */
export function installedVersion(details: InstallDetails): string | undefined {
  return details.connect?.version ?? undefined
}

/**
 * True when the cloud is `usgov` or `china`; `commercial`, `gcc` and unknown use the commercial
 * minimum (contract section 3; GCC lives in a commercial tenant, facts §1.3 DERIVED).
 */
export function isNonCommercialCloud(details: InstallDetails): boolean {
  const cloud = details.connect?.cloud
  return cloud === 'usgov' || cloud === 'china'
}
