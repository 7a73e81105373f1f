/**
 * "Extend, never bend": a pack written before the migration tool's limits were one set (both
 * `cloudSync.migrationTool` and `customizations.cloudSyncTool`) is still accepted and means the same.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { validateRulePack } from '~shared/rules/pack/load-pack'
import { diffPacks } from '~shared/rules/pack/pack-diff'
import { packInOldShape } from '~tests/support/rule-pack-data'

const APP = '0.1.0'

function loadedOldShape() {
  const loaded = validateRulePack(packInOldShape(), APP)
  if (!loaded.ok) {
    throw new Error(loaded.reason)
  }
  return loaded.pack
}

describe('a pack in the old shape', () => {
  it('is accepted and loads as the same pack as the new shape', () => {
    expect(loadedOldShape()).toEqual(BUILT_IN_PACK)
  })

  it('shows no change against the new shape in a pack diff', () => {
    expect(diffPacks(loadedOldShape(), BUILT_IN_PACK).changes).toEqual([])
  })

  it('gives the same findings for the customized server', () => {
    const text = readFileSync(new URL('../../../fixtures/collector/customized-collector-output.json', import.meta.url), 'utf8')
    const checked = validateInstallDetails(JSON.parse(text) as Record<string, unknown>)
    if (!checked.ok) {
      throw new Error('fixture does not validate')
    }
    const before = assessServer(checked.details, '2026-12-07', loadedOldShape()).findings
    expect(before).toEqual(assessServer(checked.details, '2026-12-07', BUILT_IN_PACK).findings)
    expect(before.find((finding) => finding.ruleId === 'customizations/cloud-sync-tool')?.status).toBe('fail')
  })

  it('is refused, naming the field, when neither copy gives the UPN attribute', () => {
    const { upnAttribute: _upn, ...tool } = BUILT_IN_PACK.cloudSync.migrationTool
    const loaded = validateRulePack({ ...BUILT_IN_PACK, cloudSync: { ...BUILT_IN_PACK.cloudSync, migrationTool: tool } }, APP)
    expect(loaded).toEqual({ ok: false, reason: 'cloudSync.migrationTool.upnAttribute: expected the UPN attribute the migration tool takes' })
  })

  it('refuses the new shape with an unknown field in the migration tool, as before', () => {
    const tool = { ...BUILT_IN_PACK.cloudSync.migrationTool, clouds: ['commercial'] }
    expect(validateRulePack({ ...BUILT_IN_PACK, cloudSync: { ...BUILT_IN_PACK.cloudSync, migrationTool: tool } }, APP)).toMatchObject({ ok: false })
  })
})
