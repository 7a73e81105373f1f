import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { rememberPerPack } from '~shared/rules/per-pack'
import { newestDocumentedReleaseAsOf, newestReleaseAsOf } from '~shared/rules/release-lookup'

describe('rememberPerPack', () => {
  it('computes each (pack, key) answer once and keeps packs apart', () => {
    const calls: string[] = []
    const remembered = rememberPerPack((pack, key) => {
      calls.push(`${pack.version} ${key}`)
      return { key }
    })
    const other = { ...BUILT_IN_PACK, version: 'other' }
    const first = remembered(BUILT_IN_PACK, '2026-01-01')
    expect(remembered(BUILT_IN_PACK, '2026-01-01')).toBe(first)
    remembered(BUILT_IN_PACK, '2026-02-01')
    remembered(other, '2026-01-01')
    expect(calls).toEqual([`${BUILT_IN_PACK.version} 2026-01-01`, `${BUILT_IN_PACK.version} 2026-02-01`, 'other 2026-01-01'])
  })

  it('does not keep a call that throws', () => {
    let count = 0
    const remembered = rememberPerPack(() => {
      count += 1
      throw new Error('no')
    })
    expect(() => remembered(BUILT_IN_PACK, 'x')).toThrow('no')
    expect(() => remembered(BUILT_IN_PACK, 'x')).toThrow('no')
    expect(count).toBe(2)
  })
})

describe('the newest releases as of a date, remembered', () => {
  it('answers from each pack, not from the first one asked', () => {
    const newest = newestReleaseAsOf(BUILT_IN_PACK, '2026-11-26')
    expect(newest).toBeDefined()
    const fewer = { ...BUILT_IN_PACK, releases: BUILT_IN_PACK.releases.filter((release) => release.version !== newest?.version) }
    expect(newestReleaseAsOf(fewer, '2026-11-26')?.version).not.toBe(newest?.version)
    expect(newestDocumentedReleaseAsOf(BUILT_IN_PACK, '2000-01-01')).toBeUndefined()
  })
})
