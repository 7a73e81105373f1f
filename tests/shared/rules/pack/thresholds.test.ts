import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '../../../../shared/rules/pack/built-in'

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
    expect(THRESHOLDS.os).toMatchObject({ minimumBuild: 14393, contestedFromBuild: 26100 })
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
