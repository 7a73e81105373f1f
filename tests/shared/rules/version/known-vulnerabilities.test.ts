import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK as RULE_PACK } from '~shared/rules/pack/built-in'
import { knownVulnerabilities } from '~shared/rules/version/known-vulnerabilities'
import { connectOnly, makeDetails, runRule } from '../harness'

const at = (version: string, asOf = '2026-12-06') => runRule(knownVulnerabilities, connectOnly({ version }), asOf)

describe('version/known-vulnerabilities', () => {
  it('warns a build below 2.6.84.0 of CVE-2026-65673, with a problem-stating headline', () => {
    const finding = at('2.6.3.0')
    expect(finding).toMatchObject({ status: 'warn', severity: 'warning', data: { ids: ['CVE-2026-65673'], fixedIn: '2.6.84.0' } })
    expect(finding.headline).toBe('2.6.3.0 carries CVE-2026-65673')
    expect(finding.message).toContain('rated Important (CVSS 7.8) and published 2026-08-11')
    expect(finding.message).toContain('Upgrade to 2.6.84.0 or later')
    expect(finding.sources[0]?.url).toBe('https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-65673')
  })

  it('warns, never fails, even on a V1 build', () => {
    expect(at('1.6.16.0').status).toBe('warn')
  })

  it('passes 2.6.84.0 and later', () => {
    expect(at('2.6.84.0')).toMatchObject({ status: 'pass', data: { ids: [] } })
    expect(at('2.6.92.0').status).toBe('pass')
    expect(at('2.6.84.0').headline).toBeUndefined()
  })

  it('counts the vulnerability from the day it was published (2026-08-11), not the day before', () => {
    expect(at('2.6.3.0', '2026-08-10').status).toBe('pass')
    expect(at('2.6.3.0', '2026-08-11').status).toBe('warn')
  })

  it('is unknown without a version', () => {
    expect(runRule(knownVulnerabilities, makeDetails())).toMatchObject({ status: 'unknown', headline: 'Installed version not known' })
  })

  it('reads the list from the pack: two listed vulnerabilities give both ids and the higher fix', () => {
    const [first] = RULE_PACK.vulnerabilities
    if (first === undefined) throw new Error('no vulnerability')
    const pack = { ...RULE_PACK, vulnerabilities: [{ ...first, id: 'CVE-2027-00001', affectedBelow: '2.6.91.0', fixedIn: '2.6.91.0' }, first] }
    const finding = runRule(knownVulnerabilities, connectOnly({ version: '2.6.84.0' }), '2026-12-06', pack)
    expect(finding.data).toMatchObject({ ids: ['CVE-2027-00001'], fixedIn: '2.6.91.0' })
    expect(runRule(knownVulnerabilities, connectOnly({ version: '2.6.3.0' }), '2026-12-06', pack).data).toMatchObject({ ids: ['CVE-2027-00001', 'CVE-2026-65673'], fixedIn: '2.6.91.0' })
  })
})
