import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { RulePackFile } from '~shared/rules/pack/types'
import { BUILT_IN_ACTIVE, createFakeApi, okResult, SAVED_ID, savedAssessment } from '~tests/renderer/support/fake-api'
import { packWithExtraBuild } from '~tests/support/rule-pack-data'

/** A newer pack under which a 2.5.79.0 server misses the 2026 floor. */
const STRICTER: RulePackFile = { ...packWithExtraBuild(), deadlines: { ...BUILT_IN_PACK.deadlines, syncStop2026: { minimum: '2.6.99.0', stops: '2026-09-30' } } }
const ACTIVE = { ...BUILT_IN_ACTIVE, pack: STRICTER, origin: { version: STRICTER.version, asOf: STRICTER.asOf, source: 'imported' as const } }

function saved(rulePack?: { version: string; asOf: string }) {
  return savedAssessment({
    id: SAVED_ID,
    name: 'AADC01',
    customer: '',
    serverName: 'AADC01',
    inputs: [{ source: 'AADC01.json', format: 'install-details-json', facts: [{ path: 'connect.version', value: '2.5.79.0' }], notes: [] }],
    answers: {},
    asOf: '2026-11-26',
    notes: '',
    ...(rulePack === undefined ? {} : { rulePack }),
  })
}

async function setUp() {
  const fake = createFakeApi()
  fake.getActivePack.mockResolvedValue(okResult(ACTIVE))
  const store = createWizardStore({ api: fake.api })
  await store.getState().loadAppInfo()
  await store.getState().loadRulePack()
  return { fake, store }
}

describe('the rule pack in the store', () => {
  it('starts with the built-in pack and takes the one main says is in use', async () => {
    const fake = createFakeApi()
    const store = createWizardStore({ api: fake.api })
    expect(store.getState().rulePack).toBe(BUILT_IN_PACK)
    fake.getActivePack.mockResolvedValue(okResult(ACTIVE))
    await store.getState().loadRulePack()
    expect(store.getState().rulePack).toBe(STRICTER)
    expect(store.getState().packOrigin.source).toBe('imported')
  })

  it('records the pack in each save', async () => {
    const { fake, store } = await setUp()
    store.getState().setTypedFacts({ serverName: 'AADC01' })
    await store.getState().saveNow()
    expect(fake.saveAssessment.mock.calls[0]?.[0]).toMatchObject({ rulePack: { version: STRICTER.version, asOf: STRICTER.asOf } })
  })

  it('on opening an assessment saved with the built-in pack, names the checks the pack in use decides differently', async () => {
    const { fake, store } = await setUp()
    fake.loadAssessment.mockResolvedValueOnce(okResult({ assessment: saved({ version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf }) }))
    expect(await store.getState().openAssessment(SAVED_ID)).toBe(true)
    const change = store.getState().packChange
    expect(change?.kind).toBe('compared')
    expect(change?.kind === 'compared' && change.changed.find((check) => check.ruleId === 'version/sync-stop-2026')).toMatchObject({ before: 'pass', after: 'fail' })
  })

  it('says only that the pack changed when the recorded pack is not on this computer, and nothing when none was recorded', async () => {
    const { fake, store } = await setUp()
    fake.loadAssessment.mockResolvedValueOnce(okResult({ assessment: saved({ version: '2026.12.01', asOf: '2026-12-01' }) }))
    await store.getState().openAssessment(SAVED_ID)
    expect(store.getState().packChange).toMatchObject({ kind: 'not-comparable', recorded: { version: '2026.12.01' } })
    fake.loadAssessment.mockResolvedValueOnce(okResult({ assessment: saved() }))
    await store.getState().openAssessment(SAVED_ID)
    expect(store.getState().packChange).toBeUndefined()
  })
})
