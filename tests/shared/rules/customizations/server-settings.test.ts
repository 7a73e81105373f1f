import { describe, expect, it } from 'vitest'
import { deletionThreshold } from '~shared/rules/customizations/deletion-threshold'
import { serviceAccount } from '~shared/rules/customizations/service-account'
import { makeDetails, runRule } from '../harness'
import { withCustomizations } from './support'

describe('customizations/deletion-threshold', () => {
  it('passes prevention on, saying whether the threshold is the default', () => {
    const finding = runRule(deletionThreshold, withCustomizations({ globalSettings: { exportDeletionThresholdEnabled: true, exportDeletionThreshold: 500 } }))
    expect(finding.status).toBe('pass')
    expect(finding.message).toContain('500 objects (the default)')
    expect(runRule(deletionThreshold, withCustomizations({ globalSettings: { exportDeletionThresholdEnabled: true, exportDeletionThreshold: 3000 } })).message).toContain('the default is 500')
  })

  it('warns prevention off', () => {
    expect(runRule(deletionThreshold, withCustomizations({ globalSettings: { exportDeletionThresholdEnabled: false } })).status).toBe('warn')
  })

  it('is unknown when not read', () => {
    expect(runRule(deletionThreshold, makeDetails()).status).toBe('unknown')
    expect(runRule(deletionThreshold, withCustomizations({ globalSettings: { exportDeletionThresholdEnabled: true } })).status).toBe('unknown')
  })
})

describe('customizations/service-account', () => {
  it('passes the virtual and managed accounts', () => {
    expect(runRule(serviceAccount, withCustomizations({ serviceAccount: { startName: 'NT SERVICE\\ADSync', type: 'virtual' } })).status).toBe('pass')
    expect(runRule(serviceAccount, withCustomizations({ serviceAccount: { startName: 'CONTOSO\\gmsa$', type: 'managed' } })).status).toBe('pass')
  })

  it('warns a user account, naming it', () => {
    const finding = runRule(serviceAccount, withCustomizations({ serviceAccount: { startName: 'CONTOSO\\svc-adsync', type: 'user' } }))
    expect(finding.status).toBe('warn')
    expect(finding.message).toContain('CONTOSO\\svc-adsync')
  })

  it('is unknown when not read', () => {
    expect(runRule(serviceAccount, makeDetails()).status).toBe('unknown')
  })
})
