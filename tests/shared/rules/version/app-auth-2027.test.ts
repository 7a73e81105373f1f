import { describe, expect, it } from 'vitest'
import { appAuth2027 } from '~shared/rules/version/app-auth-2027'
import { connectOnly, makeDetails, runRule } from '../harness'

describe('version/app-auth-2027', () => {
  it('passes 2.6.84.0 with application-based authentication', () => {
    expect(runRule(appAuth2027, connectOnly({ version: '2.6.84.0', connectorIdentityType: 'Application' })).status).toBe('pass')
  })

  it('says the source is unconfirmed', () => {
    const finding = runRule(appAuth2027, connectOnly({ version: '2.6.84.0', connectorIdentityType: 'Application' }))
    expect(finding.confidence).toBe('uncertain')
    expect(finding.caveat).toBeDefined()
  })

  it('is unknown when the version is met but the identity is not known', () => {
    const finding = runRule(appAuth2027, connectOnly({ version: '2.6.91.0' }))
    expect(finding).toMatchObject({ status: 'unknown', messageId: 'unknown-identity' })
  })

  it('warns a met version still on a service account', () => {
    const finding = runRule(appAuth2027, connectOnly({ version: '2.6.84.0', connectorIdentityType: 'ServiceAccount' }))
    expect(finding.status).toBe('warn')
    expect(finding.data).toMatchObject({ isVersionMet: true, identity: 'ServiceAccount' })
  })

  it('warns an older version even with application-based authentication', () => {
    const finding = runRule(appAuth2027, connectOnly({ version: '2.5.79.0', connectorIdentityType: 'Application' }))
    expect(finding.status).toBe('warn')
    expect(finding.data).toMatchObject({ isVersionMet: false })
  })

  it('warns an older version whose identity is unknown (the version alone decides)', () => {
    expect(runRule(appAuth2027, connectOnly({ version: '2.5.79.0' })).status).toBe('warn')
  })

  it('warns the day before 2027-04-07', () => {
    const finding = runRule(appAuth2027, connectOnly({ version: '2.5.79.0' }), '2027-04-06')
    expect(finding.status).toBe('warn')
    expect(finding.data).toMatchObject({ daysLeft: 1 })
  })

  it('fails from 2027-04-07', () => {
    expect(runRule(appAuth2027, connectOnly({ version: '2.5.79.0' }), '2027-04-07').status).toBe('fail')
  })

  it('is unknown without a version', () => {
    expect(runRule(appAuth2027, makeDetails()).status).toBe('unknown')
  })
})
