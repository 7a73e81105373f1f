import { describe, expect, it } from 'vitest'
import { createWizardStore } from '~renderer/store'
import {
  selectAutoUpgradeOutlook,
  selectDeadlineView,
  selectFinding,
  selectStagingPath,
  selectTargetAdvice,
  selectWorkaroundScript,
} from '~renderer/store/guide-selectors'
import { createFakeApi } from '~tests/renderer/support/fake-api'
import { storeWithPractice } from '~tests/renderer/support/practice-store'

describe('guide selectors', () => {
  it('are undefined until the as-of date is known', async () => {
    const state = createWizardStore({ api: createFakeApi().api }).getState()
    expect(selectDeadlineView(state)).toBeUndefined()
    expect(selectAutoUpgradeOutlook(state)).toBeUndefined()
    expect(selectStagingPath(state)).toBeUndefined()
  })

  it('give the same object for the same state', async () => {
    const state = (await storeWithPractice('v1-2012r2')).getState()
    expect(selectDeadlineView(state)).toBe(selectDeadlineView(state))
    expect(selectTargetAdvice(state)).toBe(selectTargetAdvice(state))
    expect(selectAutoUpgradeOutlook(state)).toBe(selectAutoUpgradeOutlook(state))
  })

  it('present the swing migration and its reasons for the V1 server', async () => {
    const advice = selectTargetAdvice((await storeWithPractice('v1-2012r2')).getState())
    expect(advice).toMatchObject({ path: 'swing', target: '2.4.129.0', atLeast: '2.4.129.0' })
    expect(advice?.reasons).toHaveLength(3)
    expect(advice?.reasons[0]).toContain('V1 (1.x) build')
  })

  it('word the deadlines of the US Government server', async () => {
    const items = selectDeadlineView((await storeWithPractice('usgov-2-4-18')).getState())?.items ?? []
    expect(items.find((item) => item.id === 'wizard-sign-in')).toMatchObject({ standing: 'broken since 30 Apr 2025' })
    expect(items.find((item) => item.id === 'wizard-sign-in')?.stops).toContain('2.4.21.0')
  })

  it('decode the suspension reason of the suspended server', async () => {
    expect(selectAutoUpgradeOutlook((await storeWithPractice('suspended-auto-upgrade')).getState())?.reason?.parts[0]?.code).toBe('UpgradeFailedRollbackSuccess')
  })

  it('give the workaround script only where the workaround applies', async () => {
    expect(selectWorkaroundScript((await storeWithPractice('staging-workaround')).getState())?.text).toContain('Enable-ADSyncToolsStagingMode')
    expect(selectWorkaroundScript((await storeWithPractice('usgov-2-4-18')).getState())).toBeUndefined()
    expect(selectStagingPath((await storeWithPractice('usgov-2-4-18')).getState())?.kind).toBe('wizard')
  })

  it('find one rule finding', async () => {
    expect(selectFinding((await storeWithPractice('v1-2012r2')).getState(), 'version/v1-retired')?.status).toBe('fail')
  })
})
