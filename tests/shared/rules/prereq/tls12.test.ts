import { describe, expect, it } from 'vitest'
import { tls12 } from '~shared/rules/prereq/tls12'
import { makeDetails, runRule, TLS_OK } from '../harness'

describe('prereq/tls12', () => {
  it('passes when all eight values are as required', () => {
    expect(runRule(tls12, makeDetails({ tls12: TLS_OK })).status).toBe('pass')
  })

  it('warns on a wrong value', () => {
    const finding = runRule(tls12, makeDetails({ tls12: { ...TLS_OK, schannelClient: { Enabled: 1, DisabledByDefault: 1 } } }))
    expect(finding).toMatchObject({ status: 'warn', data: { wrong: ['tls12.schannelClient.DisabledByDefault'] } })
  })

  it('warns on a value reported absent (null)', () => {
    const finding = runRule(tls12, makeDetails({ tls12: { ...TLS_OK, netFx32: { SystemDefaultTlsVersions: null, SchUseStrongCrypto: 1 } } }))
    expect(finding).toMatchObject({ status: 'warn', data: { wrong: ['tls12.netFx32.SystemDefaultTlsVersions'] } })
  })

  it('warns when a whole key is reported absent (null)', () => {
    const finding = runRule(tls12, makeDetails({ tls12: { ...TLS_OK, schannelServer: null } }))
    expect(finding.data).toMatchObject({ wrong: ['tls12.schannelServer.Enabled', 'tls12.schannelServer.DisabledByDefault'] })
  })

  it('warns when a value is wrong even if others are missing', () => {
    const finding = runRule(tls12, makeDetails({ tls12: { netFx64: { SystemDefaultTlsVersions: 0 } } }))
    expect(finding.status).toBe('warn')
  })

  it('is unknown when some values are missing and the rest are right', () => {
    const finding = runRule(tls12, makeDetails({ tls12: { netFx64: TLS_OK.netFx64, schannelServer: TLS_OK.schannelServer } }))
    expect(finding).toMatchObject({ status: 'unknown', messageId: 'unknown-partial' })
    expect(finding.data.missing).toHaveLength(4)
  })

  it('is unknown when tls12 is missing altogether', () => {
    expect(runRule(tls12, makeDetails())).toMatchObject({ status: 'unknown', messageId: 'unknown' })
  })

  it('offers the registry commands as remediation', () => {
    const finding = runRule(tls12, makeDetails({ tls12: { ...TLS_OK, schannelServer: null } }))
    expect(finding.remediation[0]?.powershell).toContain('SchUseStrongCrypto')
  })
})
