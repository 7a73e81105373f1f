import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { diffPacks, formatPackChange } from '~shared/rules/pack/pack-diff'
import { wordPackDiff } from '~shared/rules/pack/pack-diff-words'
import { packWithExtraBuild } from '~tests/support/rule-pack-files'
import { formatIsoDate } from '~shared/dates/iso-date'

describe('diffPacks', () => {
  it('finds nothing between a pack and itself', () => {
    expect(diffPacks(BUILT_IN_PACK, BUILT_IN_PACK).changes).toEqual([])
  })

  it('lists an added build as one change, keyed by its version', () => {
    const diff = diffPacks(BUILT_IN_PACK, packWithExtraBuild())
    expect(diff.changes).toEqual([{ kind: 'added', path: 'releases[2.6.99.0]', after: packWithExtraBuild().releases[0] }])
    expect(diff.to).toEqual({ version: '2027.01.20', asOf: '2027-01-20' })
    expect(formatPackChange(diff.changes[0]!)).toMatch(/^\+ releases\[2\.6\.99\.0\] \{"version":"2\.6\.99\.0"/)
    expect(wordPackDiff(diff, formatIsoDate)).toEqual([{ title: 'Builds', changes: [{ text: 'Build 2.6.99.0 added (released 2026-12-01, end of support none, documented)', detail: 'added releases[2.6.99.0]' }] }])
  })

  it('lists changed dates, confidence, codes, thresholds and matrix rows by their keys', () => {
    const after = {
      ...BUILT_IN_PACK,
      releases: BUILT_IN_PACK.releases.map((release) => (release.version === '2.5.79.0' ? { ...release, confidence: 'uncertain' as const, endOfSupport: '2026-10-24' } : release)),
      upgradeCodes: BUILT_IN_PACK.upgradeCodes.slice(1),
      thresholds: { ...BUILT_IN_PACK.thresholds, endOfSupport: { ...BUILT_IN_PACK.thresholds.endOfSupport, warnDays: 120 } },
      cloudSync: { ...BUILT_IN_PACK.cloudSync, capabilities: BUILT_IN_PACK.cloudSync.capabilities.map((row) => (row.id === 'device-sync' ? { ...row, cloudSync: 'no' as const } : row)) },
    }
    const paths = diffPacks(BUILT_IN_PACK, after).changes.map((change) => `${change.kind} ${change.path}`)
    expect(paths).toEqual([
      'changed releases[2.5.79.0].endOfSupport',
      'changed releases[2.5.79.0].confidence',
      'changed thresholds.endOfSupport.warnDays',
      `removed upgradeCodes[${BUILT_IN_PACK.upgradeCodes[0]?.code}]`,
      'changed cloudSync.capabilities[device-sync].cloudSync',
    ])
    const worded = wordPackDiff(diffPacks(BUILT_IN_PACK, after), formatIsoDate)
    expect(worded.map((section) => section.title)).toEqual(['Builds', 'Thresholds', 'Auto-upgrade codes', 'Cloud Sync'])
    expect(worded[0]?.changes[0]?.text).toBe('Build 2.5.79.0: endOfSupport 2026-10-23 → 2026-10-24')
  })
})
