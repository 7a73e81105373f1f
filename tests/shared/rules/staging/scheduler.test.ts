import { describe, expect, it } from 'vitest'
import { scheduler } from '~shared/rules/staging/scheduler'
import { connectOnly, runRule } from '../harness'

describe('staging/scheduler', () => {
  it('passes an enabled sync cycle', () => {
    expect(runRule(scheduler, connectOnly({ syncCycleEnabled: true })).status).toBe('pass')
  })

  it('warns a disabled sync cycle, offering the command that re-enables it', () => {
    const finding = runRule(scheduler, connectOnly({ syncCycleEnabled: false }))
    expect(finding.status).toBe('warn')
    expect(finding.remediation[0]?.powershell).toContain('Set-ADSyncScheduler -SyncCycleEnabled $true')
  })

  it('is unknown when not reported', () => {
    expect(runRule(scheduler, connectOnly({})).status).toBe('unknown')
  })
})
