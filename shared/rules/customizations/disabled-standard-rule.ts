/**
 * `customizations/disabled-standard-rule`: a disabled out-of-box rule misses the fixes later
 * builds bring; one with a custom clone of the same name is a "modified default rule".
 */
import { SOURCE_CHANGE_DEFAULT_CONFIG, SOURCE_FILTERING, SOURCE_FIX_DEFAULT_RULES, SOURCE_IMPORT_EXPORT_CONFIG } from '../sources'
import type { Outcome, Rule } from '../types'
import { isCloneOfDisabledStandard, listLabels, ruleLabel, sortRules } from './sync-rule-kinds'

/** The rule. */
export const disabledStandardRule: Rule = {
  id: 'customizations/disabled-standard-rule',
  step: 'staging',
  title: 'Disabled out-of-box sync rules',
  severity: 'warning',
  confidence: 'derived',
  caveat: 'A custom rule named like a disabled out-of-box rule is taken for the Rules Editor\'s clone of it; the rules do not say so themselves.',
  why:
    'Editing an out-of-box rule is unsupported: the Rules Editor clones it and disables the original, and from then on ' +
    'upgrades no longer update it, so fixes and new features are missed. An import on a new server is likely to place ' +
    'modified standard rules wrongly.',
  sources: [SOURCE_FIX_DEFAULT_RULES, SOURCE_CHANGE_DEFAULT_CONFIG, SOURCE_FILTERING, SOURCE_IMPORT_EXPORT_CONFIG],
  facts: ['customizations.syncRules'],
  headlines: {
    cloned: 'Modified default sync rules: the copies are not upgraded',
    disabled: 'Out-of-box sync rules disabled without a replacement',
  },
  messages: {
    pass: 'No out-of-box sync rule is disabled.',
    cloned:
      'Modified default rules: {clonedLabels} (the out-of-box rule is disabled and a custom copy runs instead). An upgrade ' +
      'does not update the copy, and an import may place it wrongly.',
    disabled: 'Out-of-box sync rules disabled without a replacement: {disabledLabels}. They miss the fixes later builds bring.',
    unknown: 'Which out-of-box sync rules are disabled is not known.',
  },
  remediation: {
    cloned: [
      { text: 'Export each copy from the Rules Editor before the upgrade. After it, compare the copy with the new out-of-box rule and carry the fixes over, or replace the copy with a small custom rule of higher precedence (the supported way).' },
    ],
    disabled: [{ text: 'Confirm each rule is meant to stay disabled (Microsoft supports disabling); after the upgrade, check it is still disabled and that nothing relied on its fixes.' }],
    unknown: [{ text: 'List the out-of-box rules that are disabled.', powershell: "Get-ADSyncRule | Where-Object { $_.ImmutableTag -like 'Microsoft.*' -and $_.Disabled } | Select-Object Name, Precedence" }],
  },
  check: ({ details, pack }): Outcome => {
    const sorted = sortRules(details, pack.customizations.standardTagPrefix)
    const routes = ['in-place', 'swing']
    if (sorted === undefined || sorted.unknown.length > 0 || sorted.standard.some((rule) => typeof rule.disabled !== 'boolean')) {
      return { status: 'unknown', messageId: 'unknown', data: { routes } }
    }
    const disabled = sorted.standard.filter((rule) => rule.disabled === true)
    const clones = sorted.custom.filter((rule) => isCloneOfDisabledStandard(rule, sorted))
    const clonedNames = new Set(clones.map(ruleLabel))
    const alone = disabled.filter((rule) => !clonedNames.has(ruleLabel(rule)))
    const data = { routes, cloned: [...clonedNames], disabled: alone.map(ruleLabel) }
    if (clones.length > 0) {
      return { status: 'warn', messageId: 'cloned', data: { ...data, clonedLabels: listLabels([...clonedNames]) } }
    }
    if (alone.length > 0) {
      return { status: 'warn', messageId: 'disabled', data: { ...data, disabledLabels: listLabels(alone.map(ruleLabel)) } }
    }
    return { status: 'pass', messageId: 'pass', data }
  },
}
