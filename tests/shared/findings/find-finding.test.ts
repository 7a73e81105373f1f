import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { dataList, dataString, findFinding } from '~shared/findings/find-finding'
import { connectOnly } from '../rules/harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('findFinding', () => {
  const report = assessServer(connectOnly({ version: '1.6.16.0' }), '2026-11-26', BUILT_IN_PACK)

  it('finds a rule finding and reads its data', () => {
    const target = findFinding(report, 'version/recommended-target')
    expect(dataString(target, 'path')).toBe('swing')
    expect(dataList(target, 'reasons')).toContain('v1')
  })

  it('is undefined for a missing report or rule', () => {
    expect(findFinding(undefined, 'version/v1-retired')).toBeUndefined()
    expect(findFinding(report, 'no/such-rule')).toBeUndefined()
    expect(dataString(undefined, 'path')).toBeUndefined()
    expect(dataList(undefined, 'reasons')).toEqual([])
  })
})
