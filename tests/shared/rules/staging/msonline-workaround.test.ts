import { describe, expect, it } from 'vitest'
import { msonlineWorkaround } from '../../../../shared/rules/staging/msonline-workaround'
import { makeDetails, runRule } from '../harness'

const server = (version: string, edition?: 'Desktop' | 'Core') =>
  makeDetails({ connect: { version }, ...(edition === undefined ? {} : { powershell: { version: edition === 'Core' ? '7.4.6' : '5.1', edition } }) })

describe('staging/msonline-workaround', () => {
  it('is not applicable the day before 30 Apr 2025', () => {
    expect(runRule(msonlineWorkaround, server('2.3.20.0'), '2025-04-29').status).toBe('not-applicable')
  })

  it('warns an affected build from 30 Apr 2025', () => {
    expect(runRule(msonlineWorkaround, server('2.3.20.0', 'Desktop'), '2025-04-30').status).toBe('warn')
  })

  it('warns when the PowerShell edition is unknown', () => {
    expect(runRule(msonlineWorkaround, server('2.4.17.0'), '2026-11-26').status).toBe('warn')
  })

  it('fails when the server reports PowerShell Core', () => {
    expect(runRule(msonlineWorkaround, server('2.3.20.0', 'Core'), '2026-11-26').status).toBe('fail')
  })

  it('applies from 2.0.0.0', () => {
    expect(runRule(msonlineWorkaround, server('2.0.0.0'), '2026-11-26').status).toBe('warn')
  })

  it('is not applicable to V1', () => {
    expect(runRule(msonlineWorkaround, server('1.6.16.0'), '2026-11-26').status).toBe('not-applicable')
  })

  it('is not applicable from 2.4.18.0', () => {
    expect(runRule(msonlineWorkaround, server('2.4.18.0', 'Core'), '2026-11-26').status).toBe('not-applicable')
  })

  it('is unknown without a version', () => {
    expect(runRule(msonlineWorkaround, makeDetails()).status).toBe('unknown')
  })
})
