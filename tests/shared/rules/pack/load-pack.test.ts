import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { comparePacks, formatFieldPath, parseRulePack, validateRulePack } from '~shared/rules/pack/load-pack'
import { packText, packWithExtraBuild } from '~tests/support/rule-pack-files'

const APP = '0.1.0'

describe('validateRulePack', () => {
  it('loads the built-in pack: the same loader as any pack file', () => {
    const loaded = validateRulePack(BUILT_IN_PACK, APP)
    expect(loaded).toEqual({ ok: true, pack: BUILT_IN_PACK })
    expect(parseRulePack(packText(BUILT_IN_PACK), APP)).toEqual({ ok: true, pack: BUILT_IN_PACK })
  })

  it('names the field that is wrong', () => {
    const releases = BUILT_IN_PACK.releases.map((release, index) => (index === 3 ? { ...release, endOfSupport: '23 Oct 2026' } : release))
    const loaded = validateRulePack({ ...BUILT_IN_PACK, releases }, APP)
    expect(loaded).toEqual({ ok: false, reason: 'releases[3].endOfSupport: expected an ISO date (YYYY-MM-DD)' })
  })

  it('refuses unknown fields and missing ones, naming them', () => {
    const { thresholds: _thresholds, ...withoutThresholds } = BUILT_IN_PACK
    expect(validateRulePack(withoutThresholds, APP)).toMatchObject({ ok: false, reason: expect.stringContaining('thresholds') })
    expect(validateRulePack({ ...BUILT_IN_PACK, extra: 1 }, APP)).toMatchObject({ ok: false, reason: expect.stringContaining('extra') })
  })

  it('refuses a format version it does not read', () => {
    expect(validateRulePack({ ...BUILT_IN_PACK, formatVersion: 2 }, APP)).toMatchObject({ ok: false, reason: expect.stringMatching(/^formatVersion 2 is not one this app reads/) })
  })

  it('refuses a pack for other app versions, checked as a semver range', () => {
    expect(validateRulePack({ ...BUILT_IN_PACK, requiresApp: '>=0.2.0' }, APP)).toEqual({ ok: false, reason: 'the pack requires app version >=0.2.0; this app is 0.1.0' })
    expect(validateRulePack({ ...BUILT_IN_PACK, requiresApp: '^0.1.0' }, APP).ok).toBe(true)
    expect(validateRulePack({ ...BUILT_IN_PACK, requiresApp: 'soon' }, APP)).toMatchObject({ ok: false, reason: expect.stringContaining('requiresApp') })
  })

  it('refuses what is not a rule pack', () => {
    expect(validateRulePack({ kind: 'entra-connect-install-details' }, APP)).toMatchObject({ ok: false, reason: expect.stringContaining('not a rule pack') })
    expect(validateRulePack([], APP).ok).toBe(false)
  })
})

describe('parseRulePack', () => {
  it('says a truncated pack is truncated', () => {
    const text = packText(BUILT_IN_PACK)
    expect(parseRulePack(text.slice(0, text.length / 2), APP)).toEqual({ ok: false, reason: 'the JSON ends early (the file looks truncated or empty)' })
    expect(parseRulePack('', APP).ok).toBe(false)
  })

  it('accepts a byte-order mark', () => {
    expect(parseRulePack(`\uFEFF${packText(BUILT_IN_PACK)}`, APP).ok).toBe(true)
  })
})

describe('comparePacks and formatFieldPath', () => {
  it('orders by as-of date, then version part by part', () => {
    expect(comparePacks(BUILT_IN_PACK, packWithExtraBuild())).toBeLessThan(0)
    expect(comparePacks({ asOf: '2026-12-06', version: '2026.12.06.10' }, { asOf: '2026-12-06', version: '2026.12.06.9' })).toBeGreaterThan(0)
    expect(comparePacks(BUILT_IN_PACK, BUILT_IN_PACK)).toBe(0)
  })

  it('writes paths as people read them', () => {
    expect(formatFieldPath(['releases', 3, 'endOfSupport'])).toBe('releases[3].endOfSupport')
    expect(formatFieldPath([])).toBe('')
  })
})
