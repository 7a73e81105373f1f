import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { PRACTICE_SCENARIOS, findPracticeScenario, scenarioBrief } from '~shared/practice/scenarios'
import { isIsoDate } from '~shared/dates/iso-date'
import { installDetailsSchema } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

function statusOf(id: string, ruleId: string) {
  const scenario = findPracticeScenario(id)
  if (scenario === undefined) {
    throw new Error(id)
  }
  const report = assessServer(scenario.document, scenario.asOf, BUILT_IN_PACK)
  return { report, finding: report.findings.find((finding) => finding.ruleId === ruleId) }
}

describe('PRACTICE_SCENARIOS', () => {
  it('ships at least six scenarios with unique ids', () => {
    expect(PRACTICE_SCENARIOS.length).toBeGreaterThanOrEqual(6)
    expect(new Set(PRACTICE_SCENARIOS.map((scenario) => scenario.id)).size).toBe(PRACTICE_SCENARIOS.length)
  })

  it.each(PRACTICE_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s passes the install-details schema', (_id, scenario) => {
    expect(installDetailsSchema.safeParse(scenario.document).success).toBe(true)
  })

  it.each(PRACTICE_SCENARIOS.map((scenario) => [scenario.id, scenario] as const))('%s has a real as-of date and a one-paragraph brief', (_id, scenario) => {
    expect(isIsoDate(scenario.asOf)).toBe(true)
    expect(scenario.brief).not.toMatch(/\n/)
    expect(scenario.brief.length).toBeGreaterThan(80)
    // Its date is the scenario's own, written by the view: ISO here, and no fixed form in the text.
    expect(scenario.brief).not.toMatch(/\b\d{1,2} [A-Z][a-z]{2} \d{4}\b/)
    const written = scenarioBrief(scenario, (date) => `<${date}>`)
    expect(written).not.toContain('{')
    if (scenario.brief.includes('{asOf|date}')) expect(written).toContain(`<${scenario.asOf}>`)
  })

  it('has a healthy current server whose verdict is ok', () => {
    expect(statusOf('healthy-current', 'version/sync-stop-2026').report.verdict).toBe('ok')
  })

  it('has a V1 server on 2012 R2 that fails v1-retired and needs a swing migration', () => {
    expect(statusOf('v1-2012r2', 'version/v1-retired').finding?.status).toBe('fail')
    expect(statusOf('v1-2012r2', 'version/recommended-target').finding?.data.path).toBe('swing')
  })

  it('has a suspended auto-upgrade with a decoded reason', () => {
    expect(statusOf('suspended-auto-upgrade', 'autoupgrade/suspension-reason').finding?.status).toBe('warn')
  })

  it('has an old build that needs the staging workaround', () => {
    expect(statusOf('staging-workaround', 'staging/msonline-workaround').finding?.status).toBe('warn')
  })

  it('has a US Government tenant on 2.4.18.0 below its 2.4.21.0 minimum', () => {
    const { finding } = statusOf('usgov-2-4-18', 'version/hardening-2025')
    expect(finding?.status).toBe('fail')
    expect(finding?.message).toContain('2.4.21.0')
  })

  it('has a Cloud Sync candidate that fits now', () => {
    expect(statusOf('cloud-sync-candidate', 'cloudsync/fit').finding?.status).toBe('pass')
  })
})
