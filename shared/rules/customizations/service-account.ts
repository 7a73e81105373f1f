/**
 * `customizations/service-account`: the ADSync service account is chosen at install and cannot be
 * changed afterwards; a swing migration's new server needs an account of its own.
 */
import { SOURCE_ACCOUNTS_PERMISSIONS, SOURCE_IMPORT_EXPORT_CONFIG, SOURCE_SERVICE_ACCOUNT } from '../sources'
import type { Outcome, Rule } from '../types'

const TYPE_LABELS: Readonly<Record<string, string>> = {
  virtual: 'the virtual service account (NT SERVICE\\ADSync)',
  managed: 'a managed service account',
  user: 'a user account',
}

/** The rule. */
export const serviceAccount: Rule = {
  id: 'customizations/service-account',
  step: 'staging',
  title: 'ADSync service account',
  severity: 'warning',
  confidence: 'documented',
  why:
    'The account the sync service runs as is set only at first install; changing it afterwards breaks the service, its ' +
    'database access and the stored connector passwords (they are protected for that account). An in-place upgrade ' +
    'keeps it; a new server in a swing migration gets its own, and needs the AD credentials again.',
  sources: [SOURCE_SERVICE_ACCOUNT, SOURCE_ACCOUNTS_PERMISSIONS, SOURCE_IMPORT_EXPORT_CONFIG],
  facts: ['customizations.serviceAccount.type', 'customizations.serviceAccount.startName'],
  headlines: {
    warn: 'Sync service runs as a user account ({startName})',
  },
  messages: {
    pass: 'The sync service runs as {typeLabel}: an in-place upgrade keeps it, and a new server gets its own.',
    warn: 'The sync service runs as a user account ({startName}): keep its password, and do not change the account; a new server in a swing migration needs an account chosen at its install.',
    unknown: 'The account the sync service runs as is not known.',
  },
  remediation: {
    warn: [{ text: 'Make sure the password of this account is known and not about to expire; on a new server choose the virtual account (or a gMSA with remote SQL) at install.' }],
    pass: [{ text: 'With a gMSA, allow the new server to retrieve its password before a swing migration.' }],
    unknown: [{ text: 'Read the account the service runs as.', powershell: "Get-CimInstance Win32_Service -Filter \"Name='ADSync'\" | Select-Object StartName" }],
  },
  check: ({ details }): Outcome => {
    const account = details.customizations?.serviceAccount ?? undefined
    const type = account?.type ?? undefined
    const routes = ['in-place', 'swing']
    if (type === undefined) {
      return { status: 'unknown', messageId: 'unknown', data: { routes } }
    }
    const data = { routes, type, startName: account?.startName ?? '', typeLabel: TYPE_LABELS[type] ?? type }
    return type === 'user' ? { status: 'warn', messageId: 'warn', data } : { status: 'pass', messageId: 'pass', data }
  },
}
