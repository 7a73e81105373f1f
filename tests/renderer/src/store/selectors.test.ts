import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import {
  hasAnyFact,
  selectAttentionFindings,
  selectReport,
  selectStatusCounts,
  selectStepFindings,
  selectStepState,
  worstStatus,
} from '~renderer/store/selectors'
import { emptyInstallDetails } from '~shared/types/install-details'
import { createFakeApi } from '~tests/renderer/support/fake-api'
import { makeFinding } from '~tests/renderer/support/findings'

async function storeOn(version: string, asOf = '2026-11-26') {
  const store = createWizardStore({ api: createFakeApi().api })
  await store.getState().loadAppInfo()
  store.getState().setAsOf(asOf)
  store.getState().setTypedFacts({ version })
  return store
}

function syncStopStatus(state: Parameters<typeof selectReport>[0]) {
  return selectStepFindings(state, 'version').find((finding) => finding.ruleId === 'version/sync-stop-2026')?.status
}

describe('selectReport', () => {
  it('is undefined until the as-of date is known', () => {
    const store = createWizardStore({ api: createFakeApi().api })
    expect(selectReport(store.getState())).toBeUndefined()
  })

  it('computes the report once for the same document and date', async () => {
    const store = await storeOn('2.4.27.0')
    expect(selectReport(store.getState())).toBe(selectReport(store.getState()))
  })

  it('recomputes when the as-of date changes', async () => {
    const store = await storeOn('2.4.27.0')
    const before = selectReport(store.getState())
    expect(syncStopStatus(store.getState())).toBe('fail')
    store.getState().setAsOf('2026-09-29')
    expect(selectReport(store.getState())).not.toBe(before)
    expect(selectReport(store.getState())?.asOf).toBe('2026-09-29')
    expect(syncStopStatus(store.getState())).toBe('warn')
  })

  it('recomputes when the document changes', async () => {
    const store = await storeOn('2.4.27.0')
    store.getState().setTypedFacts({ version: '2.5.79.0' })
    expect(syncStopStatus(store.getState())).toBe('pass')
  })
})

describe('worstStatus', () => {
  it('ranks fail above warn', () => {
    expect(worstStatus([makeFinding({ status: 'warn' }), makeFinding({ status: 'fail' })])).toBe('fail')
  })

  it('ranks unknown above pass', () => {
    expect(worstStatus([makeFinding({ status: 'pass' }), makeFinding({ status: 'unknown' })])).toBe('unknown')
  })

  it('is undefined for a step without findings', () => {
    expect(worstStatus([])).toBeUndefined()
  })
})

describe('selectStepState', () => {
  it('says the install details are not started on an empty document', () => {
    const store = createWizardStore({ api: createFakeApi().api })
    expect(selectStepState(store.getState(), 'details')).toBe('not-started')
  })

  it('flags the install details while a field does not parse', async () => {
    const store = await storeOn('2.4')
    expect(selectStepState(store.getState(), 'details')).toBe('input-error')
  })

  it('gives a rule step the worst status of its findings', async () => {
    const store = await storeOn('2.4.27.0')
    expect(selectStepState(store.getState(), 'version')).toBe('fail')
  })

  it('gives the summary the verdict', async () => {
    const store = await storeOn('2.4.27.0')
    expect(selectStepState(store.getState(), 'summary')).toBe('critical')
  })
})

describe('findings lists', () => {
  it('lists a step’s findings most urgent first', async () => {
    const store = await storeOn('2.4.27.0')
    const statuses = selectStepFindings(store.getState(), 'version').map((finding) => finding.status)
    expect(statuses[0]).toBe('fail')
    expect(statuses.indexOf('pass')).toBeGreaterThan(statuses.lastIndexOf('fail'))
  })

  it('counts every finding once', async () => {
    const store = await storeOn('2.4.27.0')
    const counts = selectStatusCounts(store.getState())
    const total = Object.values(counts ?? {}).reduce((sum: number, count: number) => sum + count, 0)
    expect(total).toBe(selectReport(store.getState())?.findings.length)
  })

  it('lists only failing and warning findings for attention, failures first', async () => {
    const store = await storeOn('2.4.27.0', '2026-09-29')
    const statuses = selectAttentionFindings(store.getState()).map((finding) => finding.status)
    expect(statuses.length).toBeGreaterThan(0)
    expect(statuses.every((status) => status === 'fail' || status === 'warn')).toBe(true)
    expect([...statuses].sort()).toEqual(statuses)
  })
})

describe('hasAnyFact', () => {
  it('ignores empty objects left behind by cleared fields', () => {
    expect(hasAnyFact({ ...emptyInstallDetails(), connect: {}, server: { os: {} } })).toBe(false)
  })
})
