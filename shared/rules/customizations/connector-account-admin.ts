/**
 * `customizations/connector-account-admin`: the AD DS connector account must not be in Domain
 * Admins or Enterprise Admins. Microsoft asks for a least-privileged account (since 1.4.18.0 the
 * wizard refuses a Domain Admins or Enterprise Admins account as the AD DS connector account):
 * https://learn.microsoft.com/entra/identity/hybrid/connect/reference-connect-accounts-permissions
 */
import { SOURCE_ACCOUNTS_PERMISSIONS } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const connectorAccountAdmin: Rule = {
  id: 'customizations/connector-account-admin',
  step: 'staging',
  title: 'AD DS connector account privileges',
  severity: 'blocker',
  confidence: 'documented',
  why:
    'The account the sync service uses to read and write Active Directory should hold only the permissions it needs. ' +
    'An account in Domain Admins or Enterprise Admins puts the whole forest at risk if the sync server is compromised, and ' +
    'the wizard refuses such an account when a new server is set up.',
  sources: [SOURCE_ACCOUNTS_PERMISSIONS],
  facts: ['customizations.connectors'],
  headlines: {
    fail: 'The AD DS connector account is an administrator ({labels})',
  },
  messages: {
    pass: 'The AD DS connector account is in neither Domain Admins nor Enterprise Admins.',
    fail: 'The AD DS connector account is in {labels}: use a least-privileged account instead, before the upgrade.',
    unknown: 'Whether the AD DS connector account is in Domain Admins or Enterprise Admins is not known.',
  },
  remediation: {
    fail: [
      {
        text: 'Create a least-privileged AD DS connector account (or let the wizard create one), grant it the permissions with the ADSyncConfig module, and change the connector to use it; then remove the old account from the admin groups.',
        powershell: 'Import-Module "C:\\Program Files\\Microsoft Azure Active Directory Connect\\AdSyncConfig\\AdSyncConfig.psm1"; Get-Command -Module AdSyncConfig Set-ADSync*Permissions',
      },
    ],
    unknown: [
      {
        text: "Check the groups of the AD DS connector account (the connector's account, usually MSOL_…) with the ActiveDirectory module.",
        powershell: "(Get-ADUser -Identity '<account>' -Properties tokenGroups).tokenGroups | Where-Object { $_.Value -match '-(512|519)$' }",
      },
    ],
  },
  check: ({ details }): Outcome => {
    const connectors = details.customizations?.connectors ?? undefined
    const accounts = (connectors ?? []).filter((connector) => connector.type === 'AD' && (connector.account ?? '') !== '')
    if (accounts.length === 0 || accounts.some((connector) => connector.accountAdminGroups === undefined || connector.accountAdminGroups === null)) {
      return { status: 'unknown', messageId: 'unknown', data: {} }
    }
    const admins = accounts.filter((connector) => (connector.accountAdminGroups ?? []).length > 0)
    if (admins.length === 0) {
      return { status: 'pass', messageId: 'pass', data: { accounts: accounts.map((connector) => connector.account ?? '') } }
    }
    const labels = admins.map((connector) => `${(connector.accountAdminGroups ?? []).join(' and ')} (${connector.account ?? ''})`).join('; ')
    return { status: 'fail', messageId: 'fail', data: { labels, accounts: admins.map((connector) => connector.account ?? '') } }
  },
}
