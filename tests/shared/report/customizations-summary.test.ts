import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { summarizeCustomizations } from '~shared/report/customizations-summary'
import { installDetailsSchema } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

function findingsOf(name: string) {
  const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'collector', `${name}-collector-output.json`), 'utf8')
  return assessServer(installDetailsSchema.parse(JSON.parse(text)), '2026-12-07', BUILT_IN_PACK).findings
}

describe('summarizeCustomizations', () => {
  it('lists, for the customized server, what each route loses', () => {
    const summary = summarizeCustomizations(findingsOf('customized')) ?? []
    expect(summary.map((route) => route.route)).toEqual(['in-place', 'swing', 'cloud-sync-tool'])
    const [inPlace, swing, tool] = summary
    expect(inPlace?.loses.map((item) => item.ruleId)).toEqual(['customizations/miiserver-config', 'customizations/custom-rule-tag', 'customizations/disabled-standard-rule'])
    expect(swing?.loses.map((item) => item.ruleId)).toContain('customizations/exported-settings')
    expect(swing?.keeps.map((item) => item.ruleId)).toContain('customizations/service-account')
    expect(tool?.loses.map((item) => item.ruleId)).toEqual(['customizations/cloud-sync-tool'])
  })

  it('shows the default install losing nothing, with the unreadable facts unknown', () => {
    const summary = summarizeCustomizations(findingsOf('express-default')) ?? []
    expect(summary.every((route) => route.loses.length === 0)).toBe(true)
    expect(summary[2]?.unknown).toHaveLength(1)
  })

  it('is undefined when no finding names a route', () => {
    expect(summarizeCustomizations([])).toBeUndefined()
  })
})
