/**
 * `prereq/domain-joined`: the Connect server must be joined to a domain (Microsoft's
 * prerequisites article: https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites).
 */
import { SOURCE_PREREQUISITES } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const domainJoined: Rule = {
  id: 'prereq/domain-joined',
  step: 'prerequisites',
  title: 'Server joined to a domain',
  severity: 'blocker',
  confidence: 'documented',
  why:
    'Connect Sync reads Active Directory through its service accounts and security groups, which need a ' +
    'domain-joined server: the prerequisites list it as required.',
  sources: [SOURCE_PREREQUISITES],
  facts: ['server.domainJoined'],
  messages: {
    pass: 'The server is joined to a domain.',
    fail: 'The server is not joined to a domain: Connect Sync is not supported on it.',
    unknown: 'Whether the server is joined to a domain is not known.',
  },
  headlines: {
    fail: 'The server is not joined to a domain',
    unknown: 'Domain membership not known',
  },
  remediation: {
    fail: [{ text: 'Install Connect on a domain-joined Windows Server (a member server or a domain controller).' }],
    unknown: [{ text: 'Check domain membership.', powershell: '(Get-CimInstance Win32_ComputerSystem).PartOfDomain' }],
  },
  check: ({ details }): Outcome => {
    const isJoined = details.server?.domainJoined ?? undefined
    if (isJoined === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    return isJoined ? { status: 'pass', messageId: 'pass' } : { status: 'fail', messageId: 'fail' }
  },
}
