import { describe, expect, it } from 'vitest'
import { assessServer } from '~shared/assess'
import { describeFactPath, summarizeFit } from '~shared/cloudsync/fit-summary'
import { connectOnly } from '../rules/harness'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

const fitOf = (details: Parameters<typeof assessServer>[0]) => {
  const finding = assessServer(details, '2026-11-26', BUILT_IN_PACK).findings.find((item) => item.ruleId === 'cloudsync/fit')
  if (finding === undefined) {
    throw new Error('no fit finding')
  }
  return summarizeFit(finding)
}

describe('summarizeFit', () => {
  it('names the missing answers as the questions ask them', () => {
    const fit = fitOf(connectOnly({}))
    expect(fit.result).toBe('not-enough-answers')
    expect(fit.missing).toContain('Is device writeback on?')
  })

  it('lists what keeps the server on Connect Sync', () => {
    const fit = fitOf(connectOnly({ customSyncRuleCount: 3 }))
    expect(fit).toMatchObject({ result: 'stay', headline: 'Stay on Connect Sync for now', stay: ['custom sync rules'] })
  })
})

describe('describeFactPath', () => {
  it('falls back to other fields and to the path itself', () => {
    expect(describeFactPath('connect.cloud')).toBe('Cloud (on the Install details step)')
    expect(describeFactPath('connect.somethingElse')).toBe('connect.somethingElse')
  })
})
