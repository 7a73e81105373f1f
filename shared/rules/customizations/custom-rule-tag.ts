/**
 * `customizations/custom-rule-tag`: a custom sync rule must not carry an ImmutableTag; only
 * out-of-box rules do, and an upgrade treats tagged rules as its own.
 */
import { SOURCE_CHANGE_CONFIGURATION, SOURCE_CHANGE_DEFAULT_CONFIG } from '../sources'
import type { Outcome, Rule } from '../types'
import { listLabels, ruleLabel, sortRules } from './sync-rule-kinds'

/** The rule. */
export const customRuleTag: Rule = {
  id: 'customizations/custom-rule-tag',
  step: 'staging',
  title: 'No custom sync rule carries a tag',
  severity: 'warning',
  confidence: 'documented',
  why:
    'Microsoft says only out-of-box rules carry a tag, and a custom rule must not set ImmutableTag. A custom rule ' +
    'with a tag (often one created from an exported script of a default rule) looks like an out-of-box rule to ' +
    'tools and upgrades.',
  sources: [SOURCE_CHANGE_CONFIGURATION, SOURCE_CHANGE_DEFAULT_CONFIG],
  facts: ['customizations.syncRules'],
  headlines: {
    warn: 'Custom sync rules carry an ImmutableTag',
  },
  messages: {
    pass: 'No custom sync rule carries an ImmutableTag.',
    warn: 'Custom sync rules with an ImmutableTag: {labels}.',
    unknown: 'Whether a custom sync rule carries an ImmutableTag is not known.',
  },
  remediation: {
    warn: [{ text: 'Re-create each rule without a tag (export it from the Rules Editor, remove the ImmutableTag line, import it, then delete the tagged copy), before the upgrade.' }],
    unknown: [{ text: 'List the rules and their tags.', powershell: 'Get-ADSyncRule | Select-Object Name, ImmutableTag, Precedence' }],
  },
  check: ({ details, pack }): Outcome => {
    const sorted = sortRules(details, pack.customizations.standardTagPrefix)
    if (sorted === undefined || sorted.unknown.length > 0) {
      return { status: 'unknown', messageId: 'unknown', data: { routes: ['in-place', 'swing'] } }
    }
    const tagged = sorted.custom.filter((rule) => typeof rule.immutableTag === 'string' && rule.immutableTag.trim() !== '')
    const data = { routes: ['in-place', 'swing'], rules: tagged.map(ruleLabel) }
    return tagged.length > 0
      ? { status: 'warn', messageId: 'warn', data: { ...data, labels: listLabels(tagged.map(ruleLabel)) } }
      : { status: 'pass', messageId: 'pass', data }
  },
}
