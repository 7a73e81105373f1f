import { describe, expect, it } from 'vitest'
import { syncStop2026 } from '~shared/rules/version/sync-stop-2026'
import { connectOnly, makeDetails, runRule } from '../harness'

describe('version/sync-stop-2026', () => {
  it('passes 2.5.79.0', () => {
    expect(runRule(syncStop2026, connectOnly({ version: '2.5.79.0' })).status).toBe('pass')
  })

  it('warns the day before 2026-09-30, one day left', () => {
    const finding = runRule(syncStop2026, connectOnly({ version: '2.5.76.0' }), '2026-09-29')
    expect(finding.status).toBe('warn')
    expect(finding.data).toMatchObject({ daysLeft: 1 })
  })

  it('fails from 2026-09-30', () => {
    expect(runRule(syncStop2026, connectOnly({ version: '2.5.76.0' }), '2026-09-30').status).toBe('fail')
  })

  it('is unknown without a version', () => {
    expect(runRule(syncStop2026, makeDetails()).status).toBe('unknown')
  })
})
