/**
 * A step's headline counts its checks; the advisory Cloud Sync evaluations are advice, never
 * counted as failing or warning checks.
 */
import { describe, expect, it } from 'vitest'
import { firstNamed, stepHeadline } from '~renderer/features/rule-step/step-headline'
import { makeFinding } from '~tests/renderer/support/findings'

const fitStaysOnConnect = makeFinding({ ruleId: 'cloudsync/fit', step: 'cloudsync', status: 'fail', severity: 'info', title: 'Cloud Sync fit (advisory)', headline: 'Cloud Sync does not fit yet: custom sync rules' })
const toolManual = makeFinding({ ruleId: 'customizations/cloud-sync-tool', step: 'cloudsync', status: 'fail', severity: 'info', title: 'Guided Cloud Sync migration tool (advisory)', headline: 'Cloud Sync migration tool cannot move this server' })
const failing = makeFinding({ ruleId: 'version/sync-stop-2026', status: 'fail', title: 'Sync stop', headline: 'Sync stopped on 30 Sept 2026' })
const passing = makeFinding({ ruleId: 'version/supported', status: 'pass', title: 'Supported build' })
const undecided = makeFinding({ ruleId: 'prereq/tls12', status: 'unknown', title: 'TLS 1.2' })

describe('stepHeadline', () => {
  it('does not count two advice-only findings as failing checks: it says what the advice is', () => {
    const headline = stepHeadline([fitStaysOnConnect, toolManual])
    expect(headline).toBe('Cloud Sync does not fit yet: custom sync rules; Cloud Sync migration tool cannot move this server. This is advice, not a failing check: nothing here fails.')
    expect(headline).not.toMatch(/checks? fail/)
  })

  it('counts only the checks when a step has checks and advice', () => {
    expect(stepHeadline([fitStaysOnConnect, failing, passing])).toBe('1 of 2 checks fails. First: Sync stopped on 30 Sept 2026.')
    expect(firstNamed([fitStaysOnConnect, failing, passing])).toBe(failing)
  })

  it('names the advice, and the checks that cannot decide, when no check fails', () => {
    expect(stepHeadline([fitStaysOnConnect, undecided, passing])).toBe('Cloud Sync does not fit yet: custom sync rules. This is advice, not a failing check. 1 of 2 checks cannot decide: a fact it needs is missing.')
    expect(firstNamed([undecided, fitStaysOnConnect])).toBe(fitStaysOnConnect)
  })

  it('says a step of advice that asks for nothing has nothing to fix', () => {
    expect(stepHeadline([{ ...fitStaysOnConnect, status: 'pass' }, { ...toolManual, status: 'pass' }])).toBe('Nothing to fix here: the advice on this step asks for no change.')
  })

  it('asks for answers when the only advice cannot be given yet', () => {
    expect(stepHeadline([{ ...fitStaysOnConnect, status: 'unknown', headline: 'Cloud Sync fit not known' }])).toBe('Cloud Sync fit not known: answer the questions below. This is advice: nothing here fails.')
  })

  it('keeps the counts of a step of checks only', () => {
    expect(stepHeadline([failing, passing])).toBe('1 of 2 checks fails. First: Sync stopped on 30 Sept 2026.')
    expect(stepHeadline([failing, { ...failing, headline: 'Other' }, passing])).toBe('2 of 3 checks fail. First: Sync stopped on 30 Sept 2026.')
    expect(stepHeadline([failing])).toBe('1 of 1 check fails. First: Sync stopped on 30 Sept 2026.')
    expect(stepHeadline([{ ...failing, status: 'warn' }, passing])).toBe('1 of 2 checks warns. First: Sync stopped on 30 Sept 2026.')
    expect(stepHeadline([undecided, passing])).toBe('1 of 2 checks cannot decide: a fact it needs is missing. Nothing here fails.')
    expect(stepHeadline([passing])).toBe('Nothing to fix here: its one check passes or does not apply.')
    expect(stepHeadline([passing, { ...passing, status: 'not-applicable' }])).toBe('Nothing to fix here: all 2 checks pass or do not apply.')
  })
})
