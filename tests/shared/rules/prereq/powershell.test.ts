import { describe, expect, it } from 'vitest'
import { powershell } from '~shared/rules/prereq/powershell'
import { makeDetails, runRule } from '../harness'

const ps = (version: string, edition?: 'Desktop' | 'Core') => makeDetails({ powershell: { version, ...(edition === undefined ? {} : { edition }) } })

describe('prereq/powershell', () => {
  it('passes Windows PowerShell 5.1', () => {
    expect(runRule(powershell, ps('5.1.17763.6189', 'Desktop'))).toMatchObject({ status: 'pass', data: { major: 5 } })
  })

  it('passes 5.0, the minimum', () => {
    expect(runRule(powershell, ps('5.0')).status).toBe('pass')
  })

  it('fails Windows PowerShell 4.0', () => {
    expect(runRule(powershell, ps('4.0', 'Desktop')).status).toBe('fail')
  })

  it('is unknown when the reading came from PowerShell Core', () => {
    expect(runRule(powershell, ps('7.4.6', 'Core'))).toMatchObject({ status: 'unknown', messageId: 'unknown-core' })
  })

  it('treats a major of 6 or more as PowerShell Core even without an edition', () => {
    expect(runRule(powershell, ps('7.2.0')).messageId).toBe('unknown-core')
  })

  it('is unknown when not reported', () => {
    expect(runRule(powershell, makeDetails()).status).toBe('unknown')
  })
})
