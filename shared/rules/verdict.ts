/**
 * A server's verdict from its findings (docs/interface.md §3, "Rule ids and what they decide").
 */
import type { InstallDetails } from '../types/install-details'
import type { Finding, Verdict } from './types'

/**
 * `critical` if a version or prerequisites finding fails; else `action-required` if any finding
 * outside `cloudsync` fails or warns; else `incomplete` if the Connect version is unknown; else `ok`.
 */
export function decideVerdict(findings: readonly Finding[], details: InstallDetails): Verdict {
  const isCritical = findings.some(
    (finding) => finding.status === 'fail' && (finding.step === 'version' || finding.step === 'prerequisites'),
  )
  if (isCritical) {
    return 'critical'
  }
  const needsAction = findings.some(
    (finding) => finding.step !== 'cloudsync' && (finding.status === 'fail' || finding.status === 'warn'),
  )
  if (needsAction) {
    return 'action-required'
  }
  const version = details.connect?.version
  if (version === undefined || version === null) {
    return 'incomplete'
  }
  return 'ok'
}
