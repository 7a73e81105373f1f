/**
 * `prereq/tls12`: the eight TLS 1.2 registry values, in the contract's order 1,1,1,1,1,0,1,0
 * (https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-tls-enforcement).
 *
 * A value reported as `null` (absent from the registry) or with another number is wrong: `warn`.
 * A value not reported at all is unknown, not wrong: when no reported value is wrong but some are
 * missing, the answer is `unknown` rather than a guess either way.
 */
import { SOURCE_ADSYNCTOOLS, SOURCE_PREREQUISITES, SOURCE_TLS } from '../sources'
import type { TlsValueSpec } from '../pack/thresholds'
import { readTls12, TLS12_FIELD_PATHS, tls12Script } from '../tls12-values'
import type { Outcome, RemediationStep, Rule } from '../types'

const CHECK_STEP: RemediationStep = { text: 'Or check them with ADSyncTools (installed with Connect V2).', powershell: 'Import-Module ADSyncTools\nGet-ADSyncToolsTls12' }

/** The fix for the pack's values, made once per pack (the same array each time: the JSON writer remembers it). */
const FIX_STEPS = new WeakMap<readonly TlsValueSpec[], readonly RemediationStep[]>()

function fixSteps(specs: readonly TlsValueSpec[]): readonly RemediationStep[] {
  let steps = FIX_STEPS.get(specs)
  if (steps === undefined) {
    steps = [{ text: 'Set the eight TLS 1.2 values in an elevated Windows PowerShell, then restart the server.', powershell: tls12Script(specs) }, CHECK_STEP]
    FIX_STEPS.set(specs, steps)
  }
  return steps
}

/** The rule. */
export const tls12: Rule = {
  id: 'prereq/tls12',
  step: 'prerequisites',
  title: 'TLS 1.2 enforced in the registry',
  severity: 'warning',
  confidence: 'derived',
  caveat:
    'The TLS article says registry enforcement is required only for some older 2.x builds, while the ' +
    'prerequisites still list TLS 1.2 as a requirement; auto-upgrade also checks it. A wrong value is therefore a ' +
    'warning, not a blocker.',
  why:
    'Connect Sync V2 talks to Entra ID over TLS 1.2 only. The .NET and SChannel registry values make every part ' +
    'of the product use it; missing values break installs of some builds and block automatic upgrade ' +
    '(UpgradeNotSupportedTLSVersionIncorrect).',
  sources: [SOURCE_TLS, SOURCE_PREREQUISITES, SOURCE_ADSYNCTOOLS],
  facts: TLS12_FIELD_PATHS,
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
  remediation: { 'unknown-partial': [CHECK_STEP], unknown: [CHECK_STEP] },
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
      return { status: 'warn', messageId: 'warn', data, remediation: fixSteps(pack.thresholds.tls12) }
    }
    if (reading.state === 'pass') {
      return { status: 'pass', messageId: 'pass', data }
    }
    return details.tls12 === undefined || details.tls12 === null
      ? { status: 'unknown', messageId: 'unknown', data }
      : { status: 'unknown', messageId: 'unknown-partial', data }
  },
}
