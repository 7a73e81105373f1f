/**
 * `version/known-vulnerabilities`: published vulnerabilities the installed build carries, from the
 * pack's list (each with the builds it affects and its fix). A vulnerability counts from its
 * publication date: before it, nobody could know of it.
 *
 * Status: `warn`, not `fail`. The one listed today (CVE-2026-65673) is rated Important, not
 * Critical, and affects every build below 2.6.84.0, including builds Microsoft still supports
 * until 2027: Microsoft's answer is to upgrade, not to stop using those builds, so it is an action
 * to take rather than a verdict-breaking blocker. A Critical rating would be the reason to fail.
 */
import type { DateFormatter } from '~shared/dates/iso-date'
import { isBelow, isOnOrAfter } from '../remembered'
import type { Vulnerability } from '../pack/vulnerabilities'
import { installedVersion } from '../read-facts'
import { SOURCE_CVE_2026_65673, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule } from '../types'

function describe(vulnerability: Vulnerability, formatDate: DateFormatter): string {
  return `${vulnerability.id}, rated ${vulnerability.severity} (CVSS ${String(vulnerability.cvss)}) and published ${formatDate(vulnerability.publishedOn)}: ${vulnerability.impact}`
}

/** The rule. */
export const knownVulnerabilities: Rule = {
  id: 'version/known-vulnerabilities',
  step: 'version',
  title: 'No published vulnerability affects the installed build',
  severity: 'warning',
  confidence: 'documented',
  why:
    'Microsoft fixes security vulnerabilities in new builds only. A Connect server holds highly privileged ' +
    'credentials for Active Directory and Entra ID, so a known vulnerability on it is worth closing quickly.',
  sources: [SOURCE_CVE_2026_65673, SOURCE_VERSION_HISTORY],
  facts: ['connect.version'],
  messages: {
    pass: 'No vulnerability the rule pack lists (published by the as-of date) affects {version}.',
    warn: '{version} carries {descriptions}. Upgrade to {fixedIn} or later, which fixes it.',
    unknown: 'The installed Connect version is not known, so known vulnerabilities cannot be checked.',
  },
  headlines: {
    warn: '{version} carries {ids}',
    unknown: 'Installed version not known',
  },
  remediation: {
    warn: [{ text: 'Upgrade to the newest build the Microsoft Entra admin center offers (Entra Connect > Manage).' }],
  },
  check: ({ details, asOf, pack, formatDate }): Outcome => {
    const version = installedVersion(details)
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const carried = pack.vulnerabilities.filter((entry) => isOnOrAfter(asOf, entry.publishedOn) && isBelow(version, entry.affectedBelow))
    const ids = carried.map((entry) => entry.id)
    if (carried.length === 0) {
      return { status: 'pass', messageId: 'pass', data: { version, ids } }
    }
    const fixedIn = carried.map((entry) => entry.fixedIn).reduce((top, fix) => (isBelow(top, fix) ? fix : top))
    return { status: 'warn', messageId: 'warn', data: { version, ids, fixedIn, descriptions: carried.map((entry) => describe(entry, formatDate)) } }
  },
}
