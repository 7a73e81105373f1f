/**
 * `customizations/custom-rule-precedence`: custom sync rules belong in precedence 0-99; an import
 * may move one outside that band, and out-of-box rules start at 100.
 */
import { SOURCE_CHANGE_CONFIGURATION, SOURCE_FIX_DEFAULT_RULES, SOURCE_IMPORT_EXPORT_CONFIG } from '../sources'
import type { Outcome, Rule } from '../types'
import { listLabels, ruleLabel, sortRules } from './sync-rule-kinds'

/** The rule. */
export const customRulePrecedence: Rule = {
  id: 'customizations/custom-rule-precedence',
  step: 'staging',
  title: 'Custom sync rules within precedence {min}-{max}',
  severity: 'warning',
  confidence: 'documented',
  why:
    'Out-of-box rules start at precedence {standardFrom} and custom rules use {min}-{max}. Importing the exported settings on a new ' +
    'server may move a custom rule that sits outside {min}-{max}, so it no longer wins over the rule it was meant to override.',
  sources: [SOURCE_IMPORT_EXPORT_CONFIG, SOURCE_CHANGE_CONFIGURATION, SOURCE_FIX_DEFAULT_RULES],
  facts: ['customizations.syncRules'],
  packData: (pack) => {
    const { min, max } = pack.customizations.customPrecedence
    return { min, max, standardFrom: max + 1 }
  },
  messages: {
    pass: 'Every custom sync rule ({customCount}) is within precedence {min}-{max}.',
    none: 'This server has no custom sync rules.',
    warn: 'Custom sync rules outside precedence {min}-{max}: {labels}. A swing migration through the exported settings may move them.',
    unknown: 'Which sync rules are custom, or their precedence, is not known.',
  },
  remediation: {
    warn: [
      { text: 'Before a swing migration, export each of these rules from the Rules Editor (Export) and re-create it on the new server; check its precedence there.' },
      { text: 'List the custom rules and their precedence.', powershell: "Get-ADSyncRule | Where-Object { $_.ImmutableTag -notlike 'Microsoft.*' } | Select-Object Name, Precedence, Direction" },
    ],
    unknown: [{ text: 'Run the collector on the sync server, or list the rules.', powershell: 'Get-ADSyncRule | Select-Object Name, Precedence, ImmutableTag, Disabled' }],
  },
  check: ({ details, pack }): Outcome => {
    const { min, max } = pack.customizations.customPrecedence
    const sorted = sortRules(details, pack.customizations.standardTagPrefix)
    if (sorted === undefined || sorted.unknown.length > 0 || sorted.custom.some((rule) => typeof rule.precedence !== 'number')) {
      return { status: 'unknown', messageId: 'unknown', data: { min, max, routes: ['swing'] } }
    }
    const outside = sorted.custom.filter((rule) => (rule.precedence ?? 0) < min || (rule.precedence ?? 0) > max)
    const data = { min, max, customCount: sorted.custom.length, routes: ['swing'], rules: outside.map(ruleLabel) }
    if (outside.length > 0) {
      return { status: 'info', messageId: 'warn', data: { ...data, labels: listLabels(outside.map(ruleLabel)) } }
    }
    return { status: 'pass', messageId: sorted.custom.length === 0 ? 'none' : 'pass', data }
  },
}
