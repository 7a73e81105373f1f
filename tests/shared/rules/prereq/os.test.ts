import { describe, expect, it } from 'vitest'
import { os, osName } from '~shared/rules/prereq/os'
import { makeDetails, runRule } from '../harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const server = (build?: number, installationType?: 'Server' | 'Server Core') =>
  makeDetails({ server: { os: { ...(build === undefined ? {} : { build }), ...(installationType === undefined ? {} : { installationType }) } } })

describe('prereq/os', () => {
  it('passes Windows Server 2019 with the full GUI', () => {
    expect(runRule(os, server(17763, 'Server'))).toMatchObject({ status: 'pass', data: { osName: 'Windows Server 2019' } })
  })

  it('passes build 14393 (Windows Server 2016), the minimum', () => {
    expect(runRule(os, server(14393, 'Server')).status).toBe('pass')
  })

  it('fails build 14392, just below', () => {
    expect(runRule(os, server(14392, 'Server'))).toMatchObject({ status: 'fail', messageId: 'fail-old' })
  })

  it('fails Windows Server 2012 R2 even when the installation type is unknown', () => {
    expect(runRule(os, server(9600))).toMatchObject({ status: 'fail', messageId: 'fail-old' })
  })

  it('fails Server Core', () => {
    expect(runRule(os, server(20348, 'Server Core'))).toMatchObject({ status: 'fail', messageId: 'fail-core' })
  })

  it('passes build 26099, below Windows Server 2025', () => {
    expect(runRule(os, server(26099, 'Server')).status).toBe('pass')
  })

  it('passes Windows Server 2025 (build 26100), recommended, with the KB5070773-or-later advice', () => {
    const finding = runRule(os, server(26100, 'Server'))
    expect(finding).toMatchObject({ status: 'pass', messageId: 'pass-update-advice', confidence: 'documented', data: { minimumUpdate: 'KB5070773' } })
    expect(finding.message).toContain('Windows Server 2025 with the full GUI is supported and recommended by Microsoft')
    expect(finding.message).toContain('KB5070773 or a later update')
    expect(finding.remediation[0]?.text).toContain('KB5070773 or later')
    expect(finding.headline).toBeUndefined()
  })

  it('passes Windows Server 2022 as recommended, and 2019 as supported, with no update advice', () => {
    expect(runRule(os, server(20348, 'Server')).message).toBe('Windows Server 2022 with the full GUI is supported and recommended by Microsoft.')
    expect(runRule(os, server(17763, 'Server'))).toMatchObject({ messageId: 'pass', message: 'Windows Server 2019 with the full GUI is supported.' })
  })

  it('states the problem in the headline of a failure', () => {
    expect(runRule(os, server(9600, 'Server')).headline).toBe('Windows Server 2012 R2 is too old for Connect Sync V2')
  })

  it('is unknown without the installation type', () => {
    expect(runRule(os, server(17763)).status).toBe('unknown')
  })

  it('is unknown without the build', () => {
    expect(runRule(os, server(undefined, 'Server')).status).toBe('unknown')
  })
})

describe('osName', () => {
  it('names an exact build and a later one', () => {
    expect(osName(20348, BUILT_IN_PACK.thresholds.os.builds)).toBe('Windows Server 2022')
    expect(osName(20349, BUILT_IN_PACK.thresholds.os.builds)).toContain('Windows Server 2022 or later')
  })

  it('falls back to the number below every named build', () => {
    expect(osName(7601, BUILT_IN_PACK.thresholds.os.builds)).toBe('Windows build 7601')
  })
})
