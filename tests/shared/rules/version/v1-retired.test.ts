import { describe, expect, it } from 'vitest'
import { v1Retired } from '~shared/rules/version/v1-retired'
import { connectOnly, makeDetails, runRule } from '../harness'

describe('version/v1-retired', () => {
  it('fails a 1.x build', () => {
    const finding = runRule(v1Retired, connectOnly({ version: '1.6.16.0' }))
    expect(finding.status).toBe('fail')
    expect(finding.data).toMatchObject({ version: '1.6.16.0', minimum: '2.0.0.0' })
  })

  it('passes 2.0.0.0 exactly', () => {
    expect(runRule(v1Retired, connectOnly({ version: '2.0.0.0' })).status).toBe('pass')
  })

  it('fails the build just below 2.0.0.0', () => {
    expect(runRule(v1Retired, connectOnly({ version: '1.999.999.999' })).status).toBe('fail')
  })

  it('is unknown without a version', () => {
    expect(runRule(v1Retired, makeDetails()).status).toBe('unknown')
  })
})
