import { describe, expect, it } from 'vitest'
import { dotnet, dotnetName } from '~shared/rules/prereq/dotnet'
import { makeDetails, runRule } from '../harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const withRelease = (release: number) => makeDetails({ dotnet: { release } })

describe('prereq/dotnet', () => {
  it('passes 461808 (4.7.2), the minimum', () => {
    expect(runRule(dotnet, withRelease(461808))).toMatchObject({ status: 'pass', data: { dotnetName: '.NET Framework 4.7.2' } })
  })

  it('fails 461807, just below', () => {
    expect(runRule(dotnet, withRelease(461807)).status).toBe('fail')
  })

  it('fails 4.7.1 (461310)', () => {
    expect(runRule(dotnet, withRelease(461310))).toMatchObject({ status: 'fail', data: { dotnetName: '.NET Framework 4.7.1' } })
  })

  it('passes 4.8 on Windows Server 2022 (528449)', () => {
    expect(runRule(dotnet, withRelease(528449))).toMatchObject({ status: 'pass', data: { dotnetName: '.NET Framework 4.8' } })
  })

  it('says the minimum is derived from contradicting sources', () => {
    expect(runRule(dotnet, withRelease(528449)).confidence).toBe('derived')
  })

  it('is unknown when not reported', () => {
    expect(runRule(dotnet, makeDetails({ dotnet: {} })).status).toBe('unknown')
  })
})

describe('dotnetName', () => {
  it('names a release below 4.6.2 by its number', () => {
    expect(dotnetName(378389, BUILT_IN_PACK.thresholds.dotnet.releases)).toContain('378389')
  })
})
