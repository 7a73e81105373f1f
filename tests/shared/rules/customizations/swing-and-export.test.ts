import { describe, expect, it } from 'vitest'
import { exportedSettings } from '~shared/rules/customizations/exported-settings'
import { swingSettings } from '~shared/rules/customizations/swing-settings'
import { makeDetails, runRule } from '../harness'
import { customRule, standardRule, withCustomizations } from './support'

const JOIN = standardRule('In from AD - User Join', 100)
const AD = { name: 'contoso.com', type: 'AD' }
const OFF = { deviceWriteback: false }

describe('customizations/swing-settings', () => {
  it('passes when nothing known is lost, for the swing route only', () => {
    const finding = runRule(swingSettings, withCustomizations({ syncRules: [JOIN, customRule('a', 50)], connectors: [AD] }, { features: OFF }))
    expect(finding.status).toBe('pass')
    expect(finding.data.routes).toEqual(['swing'])
  })

  it('advises (info: a swing only, outside the verdict) what an import will not carry: precedence, modified standard rules, device writeback', () => {
    const rules = [{ ...JOIN, disabled: true }, customRule('In from AD - User Join', 99, { cloneOfDisabledStandard: true }), customRule('b', 150)]
    const finding = runRule(swingSettings, withCustomizations({ syncRules: rules, connectors: [AD] }, { features: { deviceWriteback: true } }))
    expect(finding.status).toBe('info')
    expect(finding.data.lost).toEqual(['custom rule precedence outside 0-99', 'modified standard rules', 'device writeback'])
  })

  it('advises (info) that a Generic SQL or Generic LDAP connector rules out the import', () => {
    const finding = runRule(swingSettings, withCustomizations({ syncRules: [JOIN], connectors: [AD, { name: 'hr', type: 'GenericSql' }] }, { features: OFF }))
    expect(finding.status).toBe('info')
  })

  it('is unknown without the rules, the connectors or device writeback', () => {
    expect(runRule(swingSettings, makeDetails()).status).toBe('unknown')
    expect(runRule(swingSettings, withCustomizations({ syncRules: [JOIN], connectors: [AD] })).data.missing).toBe('device writeback')
  })
})

describe('customizations/exported-settings', () => {
  const rules = [JOIN, customRule('a', 50, { identifier: 'ID-A' }), customRule('b', 51, { identifier: 'id-b' })]

  it('passes when the newest export lists every custom rule (identifiers compared without case)', () => {
    const exported = { fileCount: 2, newestFile: 'Applied-SynchronizationPolicy-1.json', customRules: [{ name: 'a', identifier: 'id-a' }, { name: 'b', identifier: 'ID-B' }] }
    expect(runRule(exportedSettings, withCustomizations({ syncRules: rules, exportedSettings: exported })).status).toBe('pass')
  })

  it('advises (info) live custom rules missing from the newest export', () => {
    const exported = { fileCount: 1, newestFile: 'Applied-SynchronizationPolicy-1.json', customRules: [{ name: 'a', identifier: 'id-a' }] }
    const finding = runRule(exportedSettings, withCustomizations({ syncRules: rules, exportedSettings: exported }))
    expect(finding.status).toBe('info')
    expect(finding.data.missing).toEqual(['b'])
  })

  it('warns when no export exists at all', () => {
    expect(runRule(exportedSettings, withCustomizations({ exportedSettings: { fileCount: 0 } })).messageId).toBe('none')
  })

  it('is unknown when the export\'s rules or the live rules were not read', () => {
    expect(runRule(exportedSettings, makeDetails()).status).toBe('unknown')
    expect(runRule(exportedSettings, withCustomizations({ syncRules: rules, exportedSettings: { fileCount: 1 } })).status).toBe('unknown')
  })
})
