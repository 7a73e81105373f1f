/**
 * Findings for component tests: real ones from the rules, or a hand-made one with overrides.
 */
import { userDateFormatter } from '~renderer/components/locale-date'
import { assessServer } from '~shared/assess'
import type { Finding } from '~shared/rules/types'
import { emptyInstallDetails } from '~shared/types/install-details'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

/** The real finding of `ruleId` for a server on `version`, as of `asOf`. */
export function realFinding(ruleId: string, version: string, asOf: string): Finding {
  const details = { ...emptyInstallDetails(), connect: { version } }
  const finding = assessServer(details, asOf, BUILT_IN_PACK, { default: 'typed in' }, userDateFormatter()).findings.find((item) => item.ruleId === ruleId)
  if (finding === undefined) {
    throw new Error(`no finding ${ruleId}`)
  }
  return finding
}

/** A hand-made finding; every field can be overridden. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'test/example',
    step: 'version',
    status: 'warn',
    severity: 'warning',
    title: 'Example check',
    message: 'Example message.',
    messageId: 'warn',
    evidence: { 'connect.version': { value: '2.4.27.0', from: 'typed in' } },
    remediation: [{ text: 'Run the command.', powershell: 'Get-ADSyncScheduler' }],
    sources: [{ title: 'Example article', url: 'https://learn.microsoft.com/example', revision: 'rev 2025-01-01' }],
    data: {},
    why: 'Because it matters.',
    confidence: 'documented',
    ...overrides,
  }
}
