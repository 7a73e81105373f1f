/**
 * A build's end of support, as the rule pack knows it: the shared core of `version/end-of-support`,
 * the recommended target and the timeline.
 */
import { isBelow } from './remembered'
import type { Release } from './pack/releases'
import type { RulePack } from './pack/types'
import { findRelease, oldestRelease } from './release-lookup'
import type { Confidence } from './types'

/**
 * Where a version stands against the pack: `listed` (a known build), `older-than-pack` (older
 * than every listed build: long out of support), `not-listed` (unknown to the pack).
 */
export type SupportLookup =
  | { readonly kind: 'listed'; readonly release: Release }
  | { readonly kind: 'older-than-pack'; readonly oldest: Release }
  | { readonly kind: 'not-listed' }

/** Looks the version up in the pack's release history. */
export function lookUpSupport(pack: RulePack, version: string): SupportLookup {
  const release = findRelease(pack, version)
  if (release !== undefined) {
    return { kind: 'listed', release }
  }
  const oldest = oldestRelease(pack)
  if (oldest !== undefined && isBelow(version, oldest.version)) {
    return { kind: 'older-than-pack', oldest }
  }
  return { kind: 'not-listed' }
}

/**
 * True when the release's end-of-support date is confirmed: read from a Microsoft table or derived
 * from Microsoft's documented 12-month policy. Third-party dates never are.
 */
export function isEndOfSupportConfirmed(release: Release): boolean {
  return release.endOfSupportBasis === 'documented' || release.endOfSupportBasis === 'policy'
}

/** How sure the release's end-of-support date is: from a table, derived from the policy, or third-party. */
export function endOfSupportConfidence(release: Release): Confidence {
  if (release.endOfSupportBasis === 'documented') {
    return 'documented'
  }
  return release.endOfSupportBasis === 'policy' ? 'derived' : 'uncertain'
}
