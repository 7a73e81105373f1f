import { describe, expect, it } from 'vitest'
import { notUpgraded } from '~shared/rules/autoupgrade/not-upgraded'
import { BUILT_IN_PACK as RULE_PACK } from '~shared/rules/pack/built-in'
import { connectOnly, makeDetails, runRule } from '../harness'

type State = 'Enabled' | 'Suspended' | 'Disabled'
const at = (version: string, asOf: string, state: State = 'Enabled') => runRule(notUpgraded, connectOnly({ version, autoUpgrade: { state } }), asOf)

describe('autoupgrade/not-upgraded', () => {
  it('warns a server with auto-upgrade on, still below 2.6.3.0 90 days after its publication began (2026-03-11)', () => {
    const finding = at('2.4.27.0', '2026-12-06')
    expect(finding).toMatchObject({ status: 'warn', headline: 'Automatic upgrade is on but has not upgraded this server', data: { published: '2.6.3.0', publishedFrom: '2026-03-11', graceDays: 90 } })
    expect(finding.message).toContain('2.4.27.0 is below 2.6.3.0')
  })

  it('passes at or above the newest build whose window has passed', () => {
    expect(at('2.6.3.0', '2026-12-06')).toMatchObject({ status: 'pass', data: { published: '2.6.3.0' } })
    expect(at('2.6.91.0', '2026-12-06').status).toBe('pass')
  })

  it('allows the phased rollout its window: a 2.6.1.0 server passes the day before 2.6.3.0\'s 90 days end (2026-06-08) and warns on the day (2026-06-09)', () => {
    expect(at('2.6.1.0', '2026-06-08')).toMatchObject({ status: 'pass', data: { published: '2.6.1.0' } })
    expect(at('2.6.1.0', '2026-06-09')).toMatchObject({ status: 'warn', data: { published: '2.6.3.0' } })
  })

  it('takes the window from the pack', () => {
    const pack = { ...RULE_PACK, thresholds: { ...RULE_PACK.thresholds, autoUpgrade: { graceDays: 30 } } }
    expect(runRule(notUpgraded, connectOnly({ version: '2.6.1.0', autoUpgrade: { state: 'Enabled' } }), '2026-04-10', pack)).toMatchObject({ status: 'warn', data: { graceDays: 30 } })
    expect(at('2.6.1.0', '2026-04-10').status).toBe('pass')
  })

  it('counts an older build from its release date when no publication date is given, and says so', () => {
    const finding = at('2.3.20.0', '2025-04-15')
    expect(finding).toMatchObject({ status: 'warn', confidence: 'derived', data: { published: '2.4.129.0', isStartDerived: true } })
    expect(finding.caveat).toContain('release date is used instead')
    expect(at('2.3.20.0', '2025-04-14').data).toMatchObject({ published: '2.3.6.0' })
  })

  it('does not apply when auto-upgrade is suspended or disabled', () => {
    expect(at('2.4.27.0', '2026-12-06', 'Suspended').status).toBe('not-applicable')
    expect(at('2.4.27.0', '2026-12-06', 'Disabled')).toMatchObject({ status: 'not-applicable', data: { state: 'Disabled' } })
  })

  it('is unknown when the state or the version is unknown', () => {
    expect(runRule(notUpgraded, connectOnly({ version: '2.4.27.0' }), '2026-12-06').status).toBe('unknown')
    expect(runRule(notUpgraded, connectOnly({ autoUpgrade: { state: 'Enabled' } }), '2026-12-06').status).toBe('unknown')
    expect(runRule(notUpgraded, makeDetails(), '2026-12-06')).toMatchObject({ status: 'unknown', headline: 'Automatic upgrade progress not known' })
  })
})
