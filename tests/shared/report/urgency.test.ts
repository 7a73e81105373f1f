import { describe, expect, it } from 'vitest'
import { countStatus, sortByUrgency, type UrgencyFacts } from '~shared/report/urgency'

const server = (title: string, facts: Partial<UrgencyFacts>): UrgencyFacts => ({ title, verdict: 'ok', failCount: 0, ...facts })

describe('sortByUrgency', () => {
  it('puts critical before action-required before incomplete before ok', () => {
    const sorted = sortByUrgency([server('ok', {}), server('incomplete', { verdict: 'incomplete' }), server('critical', { verdict: 'critical' }), server('action', { verdict: 'action-required' })])
    expect(sorted.map((entry) => entry.title)).toEqual(['critical', 'action', 'incomplete', 'ok'])
  })

  it('puts more failing checks first within a verdict', () => {
    const sorted = sortByUrgency([server('two', { verdict: 'critical', failCount: 2 }), server('five', { verdict: 'critical', failCount: 5 })])
    expect(sorted.map((entry) => entry.title)).toEqual(['five', 'two'])
  })

  it('then the earliest deadline ahead (none last), then the name', () => {
    const sorted = sortByUrgency([
      server('b-none', { verdict: 'action-required' }),
      server('late', { verdict: 'action-required', nextDeadline: '2027-04-07' }),
      server('a-none', { verdict: 'action-required' }),
      server('soon', { verdict: 'action-required', nextDeadline: '2026-09-30' }),
    ])
    expect(sorted.map((entry) => entry.title)).toEqual(['soon', 'late', 'a-none', 'b-none'])
  })
})

describe('countStatus', () => {
  it('counts fails and warnings outside the advisory Cloud Sync evaluation', () => {
    const findings = [
      { step: 'version', status: 'fail' },
      { step: 'prerequisites', status: 'warn' },
      { step: 'cloudsync', status: 'fail' },
      { step: 'cloudsync', status: 'warn' },
      { step: 'autoupgrade', status: 'pass' },
    ]
    expect(countStatus(findings, 'fail')).toBe(1)
    expect(countStatus(findings, 'warn')).toBe(1)
  })
})

