import { describe, expect, it } from 'vitest'
import type { Finding, RuleStep, Status } from '~shared/rules/types'
import { decideVerdict } from '~shared/rules/verdict'
import { connectOnly, makeDetails } from './harness'

const finding = (step: RuleStep, status: Status): Finding => ({
  ruleId: `${step}/x`, step, status, severity: 'info', title: '', message: '', messageId: 'x', evidence: {}, remediation: [], sources: [], data: {}, why: '', confidence: 'documented',
})
const known = connectOnly({ version: '2.5.79.0' })

describe('decideVerdict', () => {
  it('is critical on a prerequisites failure', () => {
    expect(decideVerdict([finding('prerequisites', 'fail')], known)).toBe('critical')
  })

  it('needs action on an autoupgrade failure, which is not critical', () => {
    expect(decideVerdict([finding('autoupgrade', 'fail')], known)).toBe('action-required')
  })

  it('ignores cloudsync and info findings', () => {
    expect(decideVerdict([finding('cloudsync', 'fail'), finding('version', 'info')], known)).toBe('ok')
  })

  it('counts a warning whatever routes it names: routes never change the verdict (a swing-only rule says info instead)', () => {
    const forRoutes = (routes: readonly string[]): Finding => ({ ...finding('staging', 'warn'), data: { routes } })
    expect(decideVerdict([forRoutes(['swing'])], known)).toBe('action-required')
    expect(decideVerdict([forRoutes(['in-place', 'swing'])], known)).toBe('action-required')
  })

  it('is incomplete without a version', () => {
    expect(decideVerdict([finding('version', 'unknown')], makeDetails())).toBe('incomplete')
  })
})
