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
 * minimum (docs/interface.md §3). GCC is derived, not stated: Microsoft's hardening article names
 * no GCC minimum, but GCC users and groups live in a commercial tenant, so GCC follows the
 * commercial one.
 */
export function isNonCommercialCloud(details: InstallDetails): boolean {
  const cloud = details.connect?.cloud
  return cloud === 'usgov' || cloud === 'china'
}
