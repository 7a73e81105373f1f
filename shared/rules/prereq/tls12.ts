/**
 * `prereq/tls12`: the eight TLS 1.2 registry values, in the contract's order 1,1,1,1,1,0,1,0
 * (facts §4.4).
 *
 * A value reported as `null` (absent from the registry) or with another number is wrong: `warn`.
 * A value not reported at all is unknown, not wrong: when no reported value is wrong but some are
 * missing, the answer is `unknown` rather than a guess either way.
 */
import { SOURCE_ADSYNCTOOLS, SOURCE_PREREQUISITES, SOURCE_TLS } from '../sources'
import { THRESHOLDS } from '../pack/thresholds'
import { readTls12, tls12Script } from '../tls12-values'
import type { Outcome, Rule } from '../types'

const FIX_STEPS = [
  { text: 'Set the eight TLS 1.2 values in an elevated Windows PowerShell, then restart the server.', powershell: tls12Script(THRESHOLDS.tls12) },
  { text: 'Or check them with ADSyncTools (installed with Connect V2).', powershell: 'Import-Module ADSyncTools\nGet-ADSyncToolsTls12' },
]

/** The rule. */
export const tls12: Rule = {
  id: 'prereq/tls12',
  step: 'prerequisites',
  title: 'TLS 1.2 enforced in the registry',
  severity: 'warning',
  confidence: 'derived',
  caveat:
    'The TLS article says registry enforcement is required only for builds 2.3.20.0 through 2.4.129.0, while the ' +
    'prerequisites still list TLS 1.2 as a requirement; auto-upgrade also checks it. A wrong value is therefore a ' +
    'warning, not a blocker.',
  why:
    'Connect Sync V2 talks to Entra ID over TLS 1.2 only. The .NET and SChannel registry values make every part ' +
    'of the product use it; missing values break installs of some builds and block automatic upgrade ' +
    '(UpgradeNotSupportedTLSVersionIncorrect).',
  sources: [SOURCE_TLS, SOURCE_PREREQUISITES, SOURCE_ADSYNCTOOLS],
  facts: THRESHOLDS.tls12.map((spec) => spec.path),
  messages: {
    pass: 'All eight TLS 1.2 registry values are set as required.',
    warn: 'TLS 1.2 values absent or wrong: {wrongLabels}.',
    'unknown-partial': 'No reported TLS 1.2 value is wrong, but these were not reported: {missingLabels}.',
    unknown: 'The TLS 1.2 registry values were not collected.',
  },
  headlines: {
    warn: 'TLS 1.2 is not fully enforced',
    'unknown-partial': 'Some TLS 1.2 values not reported',
    unknown: 'TLS 1.2 settings not collected',
  },
  remediation: { warn: FIX_STEPS, 'unknown-partial': FIX_STEPS.slice(1), unknown: FIX_STEPS.slice(1) },
  check: ({ details, pack }): Outcome => {
    const reading = readTls12(details, pack.thresholds.tls12)
    const label = (path: string): string => path.replace(/^tls12\./, '')
    const data = {
      wrong: reading.wrong,
      missing: reading.missing,
      wrongLabels: reading.wrong.map(label),
      missingLabels: reading.missing.map(label),
    }
    if (reading.state === 'wrong') {
      return { status: 'warn', messageId: 'warn', data }
    }
    if (reading.state === 'pass') {
      return { status: 'pass', messageId: 'pass', data }
    }
    return details.tls12 === undefined || details.tls12 === null
      ? { status: 'unknown', messageId: 'unknown', data }
      : { status: 'unknown', messageId: 'unknown-partial', data }
  },
}
