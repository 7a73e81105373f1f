import { describe, expect, it } from 'vitest'
import { findRelease, newestDocumentedRelease, newestRelease, oldestRelease, releasesOldestFirst } from '~shared/rules/release-lookup'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('release lookup', () => {
  it('finds a build by its exact version, comparing numerically', () => {
    expect(findRelease(BUILT_IN_PACK, '2.04.018.0')?.version).toBe('2.4.18.0')
    expect(findRelease(BUILT_IN_PACK, '2.4.18.1')).toBeUndefined()
  })

  it('names the oldest, newest and newest documented builds', () => {
    expect(oldestRelease(BUILT_IN_PACK)?.version).toBe('1.6.2.4')
    expect(newestRelease(BUILT_IN_PACK)?.version).toBe('2.6.92.0')
    expect(newestDocumentedRelease(BUILT_IN_PACK)?.version).toBe('2.6.91.0')
  })

  it('skips a withdrawn build as the newest', () => {
    const pack = { ...BUILT_IN_PACK, releases: BUILT_IN_PACK.releases.filter((release) => release.version.startsWith('2.6.79') || release.version === '2.6.3.0') }
    expect(newestRelease(pack)?.version).toBe('2.6.3.0')
  })

  it('sorts oldest first', () => {
    const versions = releasesOldestFirst(BUILT_IN_PACK).map((release) => release.version)
    expect(versions.slice(0, 2)).toEqual(['1.6.2.4', '1.6.4.0'])
  })
})
