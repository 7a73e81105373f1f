/**
 * Finding builds in the rule pack's release history.
 */
import { compareVersions } from '../version/four-part-version'
import type { Release } from './pack/releases'
import type { RulePack } from './pack/types'

/** The pack's releases sorted oldest first (the data is kept newest first). */
export function releasesOldestFirst(pack: RulePack): readonly Release[] {
  return [...pack.releases].sort((a, b) => compareVersions(a.version, b.version))
}

/** The release with exactly this version, or `undefined` when the pack does not list it. */
export function findRelease(pack: RulePack, version: string): Release | undefined {
  return pack.releases.find((release) => compareVersions(release.version, version) === 0)
}

/** The oldest build the pack lists. */
export function oldestRelease(pack: RulePack): Release | undefined {
  return releasesOldestFirst(pack)[0]
}

/** The newest build the pack lists that has not been withdrawn: the recommended target. */
export function newestRelease(pack: RulePack): Release | undefined {
  return releasesOldestFirst(pack)
    .filter((release) => release.isWithdrawn !== true)
    .at(-1)
}

/** The newest build that Microsoft's own articles document (confidence `documented`). */
export function newestDocumentedRelease(pack: RulePack): Release | undefined {
  return releasesOldestFirst(pack)
    .filter((release) => release.isWithdrawn !== true && release.confidence === 'documented')
    .at(-1)
}
