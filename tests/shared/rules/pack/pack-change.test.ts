import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { packChangeSince } from '~shared/rules/pack/pack-change'
import type { RulePack } from '~shared/rules/pack/types'
import type { InstallDetails } from '~shared/types/install-details'
import { packWithExtraBuild } from '~tests/support/rule-pack-data'

const SERVER = { kind: 'entra-connect-install-details', schemaVersion: 1, connect: { version: '2.5.79.0' } } as InstallDetails
const stricter: RulePack = { ...packWithExtraBuild(), deadlines: { ...BUILT_IN_PACK.deadlines, syncStop2026: { minimum: '2.6.99.0', stops: '2026-09-30' } } }
const assess = (pack: RulePack) => assessServer(SERVER, '2026-11-26', pack)

describe('packChangeSince', () => {
  it('says nothing for the same pack or when no pack was recorded', () => {
    expect(packChangeSince(BUILT_IN_PACK, BUILT_IN_PACK, [BUILT_IN_PACK], assess)).toBeUndefined()
    expect(packChangeSince(undefined, stricter, [BUILT_IN_PACK], assess)).toBeUndefined()
  })

  it('lists the checks the current pack decides differently, when the recorded pack is at hand', () => {
    const change = packChangeSince({ version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf }, stricter, [BUILT_IN_PACK], assess)
    expect(change).toMatchObject({ kind: 'compared', current: { version: stricter.version } })
    expect(change?.kind === 'compared' && change.changed.find((check) => check.ruleId === 'version/sync-stop-2026')).toMatchObject({ before: 'pass', after: 'fail' })
  })

  it('only names the two packs when the recorded one is not at hand', () => {
    expect(packChangeSince({ version: '2026.12.01', asOf: '2026-12-01' }, stricter, [BUILT_IN_PACK], assess)).toEqual({
      kind: 'not-comparable',
      recorded: { version: '2026.12.01', asOf: '2026-12-01' },
      current: { version: stricter.version, asOf: stricter.asOf },
    })
  })
})
