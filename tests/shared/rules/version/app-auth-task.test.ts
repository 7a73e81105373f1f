import { describe, expect, it } from 'vitest'
import { appAuthTask } from '~shared/rules/version/app-auth-task'
import { connectOnly, makeDetails, runRule } from '../harness'

const at = (version: string, connectorIdentityType?: 'Application' | 'ServiceAccount') =>
  runRule(appAuthTask, connectOnly({ version, ...(connectorIdentityType === undefined ? {} : { connectorIdentityType }) }), '2026-12-06')

describe('version/app-auth-task', () => {
  it('warns from 2.6.84.0 while the connector still uses a service account: run the wizard task', () => {
    const finding = at('2.6.84.0', 'ServiceAccount')
    expect(finding).toMatchObject({ status: 'warn', headline: 'Run "Configure application-based authentication"' })
    expect(finding.message).toContain('does not switch the connector to application-based authentication by itself')
    expect(finding.remediation[0]?.powershell).toContain('ConnectorIdentityType')
    expect(at('2.6.91.0', 'ServiceAccount').status).toBe('warn')
  })

  it('passes when the connector uses application-based authentication', () => {
    expect(at('2.6.91.0', 'Application')).toMatchObject({ status: 'pass' })
  })

  it('is unknown from 2.6.84.0 when the identity is not known', () => {
    expect(at('2.6.84.0')).toMatchObject({ status: 'unknown', messageId: 'unknown-identity' })
  })

  it('does not apply below 2.6.84.0 (2.6.3.0 still switches by itself), and says what comes after the upgrade', () => {
    const finding = at('2.6.3.0', 'ServiceAccount')
    expect(finding).toMatchObject({ status: 'not-applicable' })
    expect(finding.message).toContain('After an upgrade to 2.6.84.0 or later')
  })

  it('is unknown without a version', () => {
    expect(runRule(appAuthTask, makeDetails()).status).toBe('unknown')
  })
})
