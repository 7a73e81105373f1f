import fc from 'fast-check'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { compareVersions, formatVersion, isBelow, parseVersion } from '~shared/version/four-part-version'

describe('parseVersion', () => {
  it('parses four numeric parts', () => {
    expect(parseVersion('2.4.18.0')).toEqual([2, 4, 18, 0])
  })

  it('ignores surrounding white space', () => {
    expect(parseVersion(' 2.5.79.0\r\n')).toEqual([2, 5, 79, 0])
  })

  it.each(['2.4.18', '2.4.18.0.1', 'v2.4.18.0', '2.4.x.0', '', '2..18.0', '-2.4.18.0', '2.4.18.0-beta', '1234567890.0.0.0'])(
    'rejects %j',
    (text) => {
      expect(parseVersion(text)).toBeUndefined()
    },
  )
})

describe('compareVersions', () => {
  it('compares numerically, not as text: 2.5.8.0 < 2.5.79.0', () => {
    expect(compareVersions('2.5.8.0', '2.5.79.0')).toBeLessThan(0)
  })

  it('counts the fourth part, which semver.coerce drops', () => {
    expect(compareVersions('2.4.18.1', '2.4.18.0')).toBeGreaterThan(0)
    expect(semver.compare(semver.coerce('2.4.18.1') ?? '', semver.coerce('2.4.18.0') ?? '')).toBe(0)
  })

  it('treats leading zeros as the same number', () => {
    expect(compareVersions('2.04.018.0', '2.4.18.0')).toBe(0)
  })

  it('throws on a malformed version', () => {
    expect(() => compareVersions('2.4', '2.4.18.0')).toThrow(/four-part/)
  })

  it('puts 2.4.17.9 below the 2.4.18.0 minimum and 2.4.18.0 at it', () => {
    expect(isBelow('2.4.17.9', '2.4.18.0')).toBe(true)
    expect(isBelow('2.4.18.0', '2.4.18.0')).toBe(false)
  })
})

const part = fc.integer({ min: 0, max: 99_999 })
const version = fc.tuple(part, part, part, part).map((parts) => parts.join('.'))

describe('version order (property)', () => {
  it('is antisymmetric and reflexive', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareVersions(a, a)).toBe(0)
        expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)))
      }),
    )
  })

  it('is transitive', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        if (compareVersions(a, b) <= 0 && compareVersions(b, c) <= 0) {
          expect(compareVersions(a, c)).toBeLessThanOrEqual(0)
        }
      }),
    )
  })

  it('agrees with numeric comparison of the parts, and with semver when the fourth parts are equal', () => {
    fc.assert(
      fc.property(fc.tuple(part, part, part, part), fc.tuple(part, part, part, part), (a, b) => {
        const numeric = a.map((value, index) => Math.sign(value - (b[index] ?? 0))).find((sign) => sign !== 0) ?? 0
        expect(compareVersions(a.join('.'), b.join('.'))).toBe(numeric)
        if (a[3] === b[3]) {
          expect(compareVersions(a.join('.'), b.join('.'))).toBe(semver.compare(a.slice(0, 3).join('.'), b.slice(0, 3).join('.')))
        }
      }),
    )
  })

  it('round-trips through format', () => {
    fc.assert(
      fc.property(fc.tuple(part, part, part, part), (parts) => {
        expect(formatVersion(parseVersion(parts.join('.')) ?? [0, 0, 0, 0])).toBe(parts.join('.'))
      }),
    )
  })
})
