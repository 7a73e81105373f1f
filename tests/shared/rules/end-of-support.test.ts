import { describe, expect, it } from 'vitest'
import { endOfSupportConfidence, isEndOfSupportConfirmed, lookUpSupport } from '~shared/rules/end-of-support'
import { findRelease } from '~shared/rules/release-lookup'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const release = (version: string) => {
  const found = findRelease(BUILT_IN_PACK, version)
  if (found === undefined) throw new Error(version)
  return found
}

describe('lookUpSupport', () => {
  it('finds a listed build', () => {
    expect(lookUpSupport(BUILT_IN_PACK, '2.4.27.0').kind).toBe('listed')
  })

  it('places a build older than every listed one', () => {
    expect(lookUpSupport(BUILT_IN_PACK, '1.0.0.0')).toMatchObject({ kind: 'older-than-pack', oldest: { version: '1.6.2.4' } })
  })

  it('does not guess for a build it does not list', () => {
    expect(lookUpSupport(BUILT_IN_PACK, '2.5.80.0').kind).toBe('not-listed')
  })
})

describe('end-of-support confidence', () => {
  it('confirms documented and policy dates, never third-party ones', () => {
    expect(isEndOfSupportConfirmed(release('2.4.27.0'))).toBe(true)
    expect(isEndOfSupportConfirmed(release('2.1.18.0'))).toBe(true)
    expect(isEndOfSupportConfirmed(release('2.5.79.0'))).toBe(true)
    expect(isEndOfSupportConfirmed(release('2.6.91.0'))).toBe(false)
  })

  it('maps each basis to a confidence', () => {
    expect(['2.4.27.0', '2.1.18.0', '2.5.79.0', '2.6.91.0'].map((version) => endOfSupportConfidence(release(version)))).toEqual(['documented', 'derived', 'documented', 'uncertain'])
  })
})
