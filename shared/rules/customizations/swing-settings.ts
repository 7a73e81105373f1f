/**
 * `customizations/swing-settings`: what a swing migration through the exported settings will not
 * carry to the new server, from what this server is known to use.
 */
import { SOURCE_IMPORT_EXPORT_CONFIG, SOURCE_UPGRADE_PATHS } from '../sources'
import type { Outcome, Rule } from '../types'
import { isCloneOfDisabledStandard, sortRules } from './sync-rule-kinds'

const GENERIC_CONNECTORS = /^generic ?(sql|ldap)$/i

/** The rule. */
export const swingSettings: Rule = {
  id: 'customizations/swing-settings',
  step: 'staging',
  title: 'Settings a swing migration will not carry',
  severity: 'warning',
  confidence: 'documented',
  caveat: 'Selected attributes, restricted object types and custom run profiles are not readable here: check them by hand.',
  why:
    'Importing the exported settings on a new server does not carry custom precedence outside {precedenceMin}-{precedenceMax}, modified standard ' +
    'rules, device writeback, selected attributes, restricted object types or custom run profiles, and the feature ' +
    'cannot be used at all with Generic SQL or Generic LDAP connectors. The new server also needs the AD credentials ' +
    'and a Hybrid Identity Administrator again.',
  sources: [SOURCE_IMPORT_EXPORT_CONFIG, SOURCE_UPGRADE_PATHS],
  facts: ['customizations.syncRules', 'customizations.connectors', 'connect.features.deviceWriteback'],
  packData: (pack) => ({ precedenceMin: pack.customizations.customPrecedence.min, precedenceMax: pack.customizations.customPrecedence.max }),
  messages: {
    pass: 'Nothing this server is known to use is lost in a swing migration; still check selected attributes, object types and run profiles.',
    warn: 'A swing migration through the exported settings will not carry: {lostText}. Re-create them by hand on the new server.',
    fail: 'The settings import cannot be used on this server: it has a {genericText} connector. A swing migration means configuring the new server by hand.',
    unknown: 'What a swing migration would lose is not known; missing: {missing}.',
  },
  remediation: {
    warn: [
      { text: 'Export the settings on demand (wizard: View or export current configuration), and export each custom rule from the Rules Editor as a script (replace the connector GUID on the new server).' },
      { text: 'Have the AD DS connector account passwords and a Hybrid Identity Administrator ready for the new server.' },
    ],
    fail: [{ text: 'Document every connector, filter and rule (Get-ADSyncServerConfiguration -Path), and configure the new server by hand.', powershell: 'Get-ADSyncServerConfiguration -Path "$env:USERPROFILE\\Documents\\ServerConfiguration"' }],
    pass: [{ text: 'Export the settings on demand just before the migration, and have the AD credentials and a Hybrid Identity Administrator ready.' }],
    unknown: [{ text: 'Run the collector on the sync server to read the rules and connectors.' }],
  },
  check: ({ details, pack }): Outcome => {
    const routes = ['swing']
    const connectors = details.customizations?.connectors ?? undefined
    const generic = (connectors ?? []).filter((connector) => GENERIC_CONNECTORS.test(connector.type ?? ''))
    if (generic.length > 0) {
      return { status: 'info', messageId: 'fail', data: { routes, genericText: generic.map((connector) => connector.type ?? '').join(', ') } }
    }
    const { min, max } = pack.customizations.customPrecedence
    const sorted = sortRules(details, pack.customizations.standardTagPrefix)
    const deviceWriteback = details.connect?.features?.deviceWriteback ?? undefined
    const missing = [
      ...(sorted === undefined || sorted.unknown.length > 0 ? ['the sync rules'] : []),
      ...(connectors === undefined ? ['the connectors'] : []),
      ...(deviceWriteback === undefined ? ['device writeback'] : []),
    ]
    const lost = [
      ...(sorted !== undefined && sorted.custom.some((rule) => typeof rule.precedence === 'number' && (rule.precedence < min || rule.precedence > max))
        ? [`custom rule precedence outside ${min}-${max}`]
        : []),
      ...(sorted !== undefined && sorted.custom.some((rule) => isCloneOfDisabledStandard(rule, sorted)) ? ['modified standard rules'] : []),
      ...(deviceWriteback === true ? ['device writeback'] : []),
    ]
    if (lost.length > 0) {
      return { status: 'info', messageId: 'warn', data: { routes, lost, lostText: lost.join(', ') } }
    }
    if (missing.length > 0) {
      return { status: 'unknown', messageId: 'unknown', data: { routes, missing: missing.join(', ') } }
    }
    return { status: 'pass', messageId: 'pass', data: { routes, lost: [] } }
  },
}
