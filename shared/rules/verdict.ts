/**
 * A server's verdict from its findings (contract section 3).
 */
import type { InstallDetails } from '../types/install-details'
import type { Finding, Verdict } from './types'

/**
 * Whether a finding concerns the in-place upgrade: one whose `data.routes` names only other routes
 * (a swing migration, the Cloud Sync tool) is advice for that route and leaves the verdict alone.
 */
function appliesInPlace(finding: Finding): boolean {
  const routes = finding.data.routes
  return !Array.isArray(routes) || routes.includes('in-place')
}

/**
 * `critical` if a version or prerequisites finding fails; else `action-required` if any finding
 * outside `cloudsync` (and not for another route only) fails or warns; else `incomplete` if the Connect version is unknown; else `ok`.
 */
export function decideVerdict(findings: readonly Finding[], details: InstallDetails): Verdict {
  const isCritical = findings.some(
    (finding) => finding.status === 'fail' && (finding.step === 'version' || finding.step === 'prerequisites'),
  )
  if (isCritical) {
    return 'critical'
  }
  const needsAction = findings.some(
    (finding) => finding.step !== 'cloudsync' && appliesInPlace(finding) && (finding.status === 'fail' || finding.status === 'warn'),
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
