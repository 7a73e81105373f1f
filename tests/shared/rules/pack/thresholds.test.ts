import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const THRESHOLDS = BUILT_IN_PACK.thresholds

describe('THRESHOLDS', () => {
  it('requires the eight TLS values in the contract order 1,1,1,1,1,0,1,0', () => {
    expect(THRESHOLDS.tls12.map((spec) => spec.required)).toEqual([1, 1, 1, 1, 1, 0, 1, 0])
    expect(THRESHOLDS.tls12.map((spec) => spec.path.split('.')[1])).toEqual([
      'netFx64', 'netFx64', 'netFx32', 'netFx32', 'schannelServer', 'schannelServer', 'schannelClient', 'schannelClient',
    ])
  })

  it('keeps the documented LocalDB, .NET and OS numbers', () => {
    expect(THRESHOLDS.database).toMatchObject({ localDbWarnMb: 8192, localDbLimitMb: 10240, localDbMaxObjects: 100_000 })
    expect(THRESHOLDS.dotnet.minimumRelease).toBe(461808)
    expect(THRESHOLDS.os).toMatchObject({ minimumBuild: 14393, recommendedBuilds: [20348, 26100], updateAdvice: [{ fromBuild: 26100, minimumUpdate: 'KB5070773' }] })
  })

  it('allows external SQL Server 2017 to 2022 (2017 and 2019 with a note), naming 2012 and 2016 unsupported', () => {
    expect(THRESHOLDS.database).toMatchObject({ supportedSqlYears: ['2017', '2019', '2022'], sqlYearsWithNote: ['2017', '2019'], unsupportedSqlYears: ['2012', '2016'] })
    expect(THRESHOLDS.database.bundledLocalDb.at(-1)).toEqual({ fromVersion: '2.6.84.0', sqlYear: '2022' })
  })

  it('allows 90 days for a phased auto-upgrade, and names the build that stopped switching to application-based authentication', () => {
    expect(THRESHOLDS.autoUpgrade.graceDays).toBe(90)
    expect(THRESHOLDS.appAuthNotAutomaticFrom).toBe('2.6.84.0')
  })

  it('lists .NET releases in ascending order', () => {
    const values = THRESHOLDS.dotnet.releases.map((entry) => entry.value)
    expect(values).toEqual([...values].sort((a, b) => a - b))
  })

  it('has a contiguous hardware sizing table', () => {
    THRESHOLDS.hardware.slice(1).forEach((row, index) => {
      expect(row.minObjects).toBe(THRESHOLDS.hardware[index]?.maxObjects)
    })
    expect(THRESHOLDS.hardware.at(-1)?.maxObjects).toBeNull()
  })
})
