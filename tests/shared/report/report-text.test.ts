import { describe, expect, it } from 'vitest'
import { caveatOf, formatValue, isSafeLink, plural } from '~shared/report/report-text'
import { serverFromFile } from '~tests/support/report-fleet'

describe('report text', () => {
  it('formats values for people', () => {
    expect([formatValue(null), formatValue(undefined), formatValue(['a', 1]), formatValue({ a: 1, b: { c: null } }), formatValue(false)]).toEqual([
      '(not provided)',
      '(not provided)',
      'a, 1',
      'a: 1, b: c: (not provided)',
      'false',
    ])
  })

  it('counts in words', () => {
    expect([plural(1, 'server'), plural(2, 'server')]).toEqual(['1 server', '2 servers'])
  })

  it('links https only', () => {
    expect(isSafeLink('https://learn.microsoft.com/x')).toBe(true)
    expect(isSafeLink('javascript:alert(1)')).toBe(false)
    expect(isSafeLink('https://x.example/"onmouseover')).toBe(false)
  })

  it('shows a caveat only where the sources are not certain', () => {
    const findings = serverFromFile('tests/fixtures/files/aadc01.json').findings
    expect(caveatOf(findings.find((finding) => finding.ruleId === 'version/app-auth-2027') ?? findings[0]!)).toMatch(/unconfirmed/i)
    expect(caveatOf(findings.find((finding) => finding.ruleId === 'autoupgrade/state') ?? findings[0]!)).toBeUndefined()
  })
})
