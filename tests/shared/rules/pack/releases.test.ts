import { describe, expect, it } from 'vitest'
import { addMonths } from '~shared/rules/calendar-months'
import { isIsoDate } from '~shared/dates/iso-date'
import { compareVersions, isVersion } from '~shared/version/four-part-version'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const RELEASES = BUILT_IN_PACK.releases
const THRESHOLDS = BUILT_IN_PACK.thresholds

const oldestFirst = [...RELEASES].sort((a, b) => compareVersions(a.version, b.version))
const live = oldestFirst.filter((release) => release.isWithdrawn !== true)

describe('RELEASES', () => {
  it('lists well-formed, unique versions, newest first', () => {
    expect(RELEASES.every((release) => isVersion(release.version))).toBe(true)
    expect(RELEASES.map((release) => release.version)).toEqual([...oldestFirst].reverse().map((release) => release.version))
    expect(new Set(RELEASES.map((release) => release.version)).size).toBe(RELEASES.length)
  })

  it('has real calendar dates, each end of support after its release', () => {
    for (const release of RELEASES) {
      for (const date of [release.releasedOn, release.endOfSupport]) {
        expect(date === null || isIsoDate(date)).toBe(true)
      }
      if (release.releasedOn !== null && release.endOfSupport !== null) {
        expect(release.endOfSupport > release.releasedOn).toBe(true)
      }
    }
  })

  it('keeps the documented end-of-support table of rev 2025-09-01 verbatim', () => {
    const table = Object.fromEntries(RELEASES.map((release) => [release.version, release.endOfSupport]))
    expect(table).toMatchObject({
      '2.3.2.0': '2025-04-30', '2.3.6.0': '2025-04-30', '2.3.8.0': '2025-04-30', '2.3.20.0': '2025-04-30',
      '2.4.18.0': '2025-10-09', '2.4.21.0': '2025-11-15', '2.4.27.0': '2026-01-15', '2.4.129.0': '2026-03-27',
      '2.4.131.0': '2026-05-26', '2.5.3.0': '2026-07-31', '2.5.76.0': '2026-09-01',
    })
  })

  it('derives each policy date as 12 months after the next release, not before 2023-03-15', () => {
    const { policyStart, policyMonths } = THRESHOLDS.endOfSupport
    const checked = live.flatMap((release, index) => {
      const nextReleasedOn = live[index + 1]?.releasedOn
      if (release.endOfSupportBasis !== 'policy' || nextReleasedOn == null) {
        return []
      }
      const derived = addMonths(nextReleasedOn, policyMonths)
      return [{ version: release.version, actual: release.endOfSupport, expected: derived > policyStart ? derived : policyStart }]
    })
    expect(checked.length).toBeGreaterThanOrEqual(10)
    for (const row of checked) {
      expect(row.actual, row.version).toBe(row.expected)
    }
  })

  it('never dates a newer build out of support before an older one', () => {
    const dated = live.filter((release) => release.endOfSupport !== null)
    dated.slice(1).forEach((release, index) => {
      expect((release.endOfSupport ?? '') >= (dated[index]?.endOfSupport ?? '')).toBe(true)
    })
  })

  it('keeps the end-of-support dates the version history of 2026-09-16 states, verbatim and documented', () => {
    const stated = Object.fromEntries(RELEASES.filter((release) => release.endOfSupportBasis === 'documented').map((release) => [release.version, release.endOfSupport]))
    expect(stated).toMatchObject({ '2.5.79.0': '2026-10-23', '2.5.190.0': '2027-02-02', '2.6.1.0': '2027-03-10', '2.6.3.0': '2027-07-07', '2.6.84.0': '2027-09-16' })
  })

  it('keeps only 2.6.91.0 (derived from a third-party build) and 2.6.92.0 (third-party) cautious after 2.5.79.0', () => {
    const later = live.filter((release) => compareVersions(release.version, '2.5.79.0') >= 0)
    expect(later.filter((release) => release.endOfSupportBasis === 'third-party' || release.confidence !== 'documented').map((release) => release.version)).toEqual(['2.6.91.0', '2.6.92.0'])
    expect(RELEASES.find((release) => release.version === '2.6.92.0')).toMatchObject({ confidence: 'uncertain', endOfSupport: null })
  })

  it('cites the version history, with its revision, for every build from 2.5.79.0 Microsoft documents', () => {
    const documented = RELEASES.filter((release) => compareVersions(release.version, '2.5.79.0') >= 0 && release.confidence === 'documented')
    expect(documented.length).toBe(7)
    for (const release of documented) {
      expect(release.source?.url, release.version).toMatch(/^https:\/\/learn\.microsoft\.com\/.*reference-connect-version-history$/)
      expect(release.source?.revision, release.version).toContain('ms.date 2026-09-16')
    }
  })

  it('marks the auto-upgrade builds the version history names, with the day publication began', () => {
    const published = RELEASES.filter((release) => release.autoUpgrade === 'yes').map((release) => release.version)
    expect(published.sort()).toEqual(['1.6.14.2', '1.6.16.0', '2.1.16.0', '2.3.6.0', '2.4.129.0', '2.4.131.0', '2.5.76.0', '2.5.79.0', '2.6.1.0', '2.6.3.0'].sort())
    const from = Object.fromEntries(RELEASES.filter((release) => release.autoUpgradeFrom !== null).map((release) => [release.version, release.autoUpgradeFrom]))
    expect(from).toEqual({ '2.5.79.0': '2025-09-04', '2.6.1.0': '2026-02-09', '2.6.3.0': '2026-03-11' })
    expect(RELEASES.filter((release) => release.autoUpgradeFrom !== null).every((release) => release.autoUpgrade === 'yes')).toBe(true)
  })

  it('documents 2.5.190.0, 2.6.84.0 and 2.6.91.0 as download only', () => {
    for (const version of ['2.5.190.0', '2.6.84.0', '2.6.91.0']) {
      expect(RELEASES.find((release) => release.version === version)?.autoUpgrade, version).toBe('no')
    }
  })

  it('marks 2.6.79.0 recalled (documented), and 2.6.84.0 failing over an existing database until 2.6.91.0', () => {
    expect(RELEASES.find((release) => release.version === '2.6.79.0')).toMatchObject({ isWithdrawn: true, confidence: 'documented' })
    expect(RELEASES.find((release) => release.version === '2.6.84.0')?.knownIssues).toContainEqual({
      summary: 'Installing or upgrading over an existing ADSync database fails', code: '0xE0474352', fixedIn: '2.6.91.0', isUpgradeBlocker: true,
    })
  })
})
