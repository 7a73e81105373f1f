/**
 * Finding builds in the rule pack's release history.
 *
 * The sorted list and the lookup table are built once per release list and kept (the pack is
 * immutable data): every server's assessment asks these questions several times, and sorting 40
 * releases by parsed version each time dominated the rules' cost.
 */
import { compareVersions, formatVersion, parseVersion } from '../version/four-part-version'
import type { Release } from './pack/releases'
import type { RulePack } from './pack/types'
import { rememberPerPack } from './per-pack'

/** What is derived from one release list. */
interface ReleaseIndex {
  readonly oldestFirst: readonly Release[]
  /** Canonical version (`2.4.18.0`) → the first release in pack order with that version. */
  readonly byVersion: ReadonlyMap<string, Release>
  readonly newest: Release | undefined
  readonly newestDocumented: Release | undefined
}

const INDEXES = new WeakMap<readonly Release[], ReleaseIndex>()

function buildIndex(releases: readonly Release[]): ReleaseIndex {
  // Sorting throws on a malformed version in the pack, as it always did; nothing is cached then.
  const oldestFirst = [...releases].sort((a, b) => compareVersions(a.version, b.version))
  const byVersion = new Map<string, Release>()
  for (const release of releases) {
    const key = formatVersion(parseVersion(release.version) ?? [0, 0, 0, 0])
    if (!byVersion.has(key)) {
      byVersion.set(key, release)
    }
  }
  const current = oldestFirst.filter((release) => release.isWithdrawn !== true)
  return {
    oldestFirst,
    byVersion,
    newest: current.at(-1),
    newestDocumented: current.filter((release) => release.confidence === 'documented').at(-1),
  }
}

function indexOf(pack: RulePack): ReleaseIndex {
  const cached = INDEXES.get(pack.releases)
  if (cached !== undefined) {
    return cached
  }
  const index = buildIndex(pack.releases)
  INDEXES.set(pack.releases, index)
  return index
}

/** The pack's releases sorted oldest first (the data is kept newest first). */
export function releasesOldestFirst(pack: RulePack): readonly Release[] {
  return indexOf(pack).oldestFirst
}

/**
 * The release with exactly this version (compared numerically: `2.04.018.0` is `2.4.18.0`), or
 * `undefined` when the pack does not list it. Throws on a malformed version, like `compareVersions`.
 */
export function findRelease(pack: RulePack, version: string): Release | undefined {
  if (pack.releases.length === 0) {
    return undefined
  }
  const parsed = parseVersion(version)
  if (parsed === undefined) {
    throw new Error(`Not a four-part version: ${version}`)
  }
  return indexOf(pack).byVersion.get(formatVersion(parsed))
}

/** The oldest build the pack lists. */
export function oldestRelease(pack: RulePack): Release | undefined {
  return indexOf(pack).oldestFirst[0]
}

/** The newest build the pack lists that has not been withdrawn: the recommended target. */
export function newestRelease(pack: RulePack): Release | undefined {
  return indexOf(pack).newest
}

/**
 * The newest build released on or before `asOf` (not withdrawn): what an admin could install on
 * that day. A build without a known release date is not counted. Falls back to the newest build.
 */
export function newestReleaseAsOf(pack: RulePack, asOf: string): Release | undefined {
  return newestAsOf(pack, asOf)
}

/** The newest of the pack's releases (oldest first) that `isWanted` accepts, walking from the newest. */
function newestWhere(pack: RulePack, isWanted: (release: Release) => boolean): Release | undefined {
  const releases = indexOf(pack).oldestFirst
  for (let index = releases.length - 1; index >= 0; index -= 1) {
    const release = releases[index]
    if (release !== undefined && isWanted(release)) {
      return release
    }
  }
  return undefined
}

const newestAsOf = rememberPerPack(
  (pack, asOf): Release | undefined =>
    newestWhere(pack, (release) => release.isWithdrawn !== true && release.releasedOn !== null && release.releasedOn <= asOf) ?? newestRelease(pack),
)

const newestDocumentedAsOf = rememberPerPack((pack, asOf): Release | undefined =>
  newestWhere(pack, (release) => release.confidence === 'documented' && release.isWithdrawn !== true && release.releasedOn !== null && release.releasedOn <= asOf),
)

/** The newest build Microsoft's own articles document that was released on or before `asOf`. */
export function newestDocumentedReleaseAsOf(pack: RulePack, asOf: string): Release | undefined {
  return newestDocumentedAsOf(pack, asOf)
}

/** The newest build that Microsoft's own articles document (confidence `documented`). */
export function newestDocumentedRelease(pack: RulePack): Release | undefined {
  return indexOf(pack).newestDocumented
}
