import { describe, expect, it } from 'vitest'
import { hardening2025 } from '~shared/rules/version/hardening-2025'
import { connectOnly, makeDetails, runRule } from '../harness'

const old = connectOnly({ version: '2.3.20.0', cloud: 'commercial' })

describe('version/hardening-2025', () => {
  it('passes the commercial minimum 2.4.18.0 in a commercial cloud', () => {
    expect(runRule(hardening2025, connectOnly({ version: '2.4.18.0', cloud: 'commercial' })).status).toBe('pass')
  })

  it.each(['gcc', undefined] as const)('uses the commercial minimum for cloud %s', (cloud) => {
    const finding = runRule(hardening2025, connectOnly({ version: '2.4.18.0', ...(cloud === undefined ? {} : { cloud }) }))
    expect(finding.status).toBe('pass')
    expect(finding.data).toMatchObject({ minimum: '2.4.18.0' })
  })

  it.each(['usgov', 'china'] as const)('fails 2.4.18.0 in %s, which needs 2.4.21.0', (cloud) => {
    const finding = runRule(hardening2025, connectOnly({ version: '2.4.18.0', cloud }), '2025-06-01')
    expect(finding.status).toBe('fail')
    expect(finding.data).toMatchObject({ minimum: '2.4.21.0' })
  })

  it('warns the day before 2025-04-07', () => {
    expect(runRule(hardening2025, old, '2025-04-06')).toMatchObject({ status: 'warn', messageId: 'warn-before' })
  })

  it('fails for federation setup on 2025-04-07', () => {
    expect(runRule(hardening2025, old, '2025-04-07')).toMatchObject({ status: 'fail', messageId: 'fail-federation' })
  })

  it('still fails for federation setup the day before 2025-04-30', () => {
    expect(runRule(hardening2025, old, '2025-04-29')).toMatchObject({ status: 'fail', messageId: 'fail-federation' })
  })

  it('fails for every wizard sign-in from 2025-04-30', () => {
    expect(runRule(hardening2025, old, '2025-04-30')).toMatchObject({ status: 'fail', messageId: 'fail-wizard' })
  })

  it('does not claim sync still runs on a V1 build', () => {
    expect(runRule(hardening2025, connectOnly({ version: '1.6.16.0' }), '2026-11-26')).toMatchObject({
      status: 'fail',
      messageId: 'fail-wizard-v1',
      data: { v1StoppedOn: '2023-10-01' },
    })
  })

  it('is unknown without a version', () => {
    expect(runRule(hardening2025, makeDetails()).status).toBe('unknown')
  })
})
