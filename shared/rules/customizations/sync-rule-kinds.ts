/**
 * Telling standard sync rules from custom ones, for the customization rules.
 *
 * A rule is standard when its ImmutableTag starts with `Microsoft.`; the undocumented
 * `isStandardRule` property, where a build reports it, must agree, or the rule's kind is unknown.
 */
import type { SyncRule } from '~shared/types/customizations'
import type { InstallDetails } from '~shared/types/install-details'

/** What a rule is. */
export type SyncRuleKind = 'standard' | 'custom' | 'unknown'

/** The server's sync rules sorted by kind; `undefined` when the rules were not read. */
export interface SortedRules {
  readonly all: readonly SyncRule[]
  readonly standard: readonly SyncRule[]
  readonly custom: readonly SyncRule[]
  /** Rules whose tag is missing or disagrees with `isStandardRule`. */
  readonly unknown: readonly SyncRule[]
}

/** One rule's kind. */
export function syncRuleKind(rule: SyncRule, standardTagPrefix: string): SyncRuleKind {
  const tag = rule.immutableTag
  const flag = rule.isStandardRule ?? undefined
  if (tag === undefined || tag === null) {
    return flag === undefined ? 'unknown' : flag ? 'standard' : 'custom'
  }
  const isStandardByTag = tag.startsWith(standardTagPrefix)
  if (flag !== undefined && flag !== isStandardByTag) {
    return 'unknown'
  }
  return isStandardByTag ? 'standard' : 'custom'
}

/** The document's rules by kind, or `undefined` when `customizations.syncRules` is missing. */
export function sortRules(details: InstallDetails, standardTagPrefix: string): SortedRules | undefined {
  const all = details.customizations?.syncRules ?? undefined
  if (all === undefined) {
    return undefined
  }
  const byKind = (kind: SyncRuleKind) => all.filter((rule) => syncRuleKind(rule, standardTagPrefix) === kind)
  return { all, standard: byKind('standard'), custom: byKind('custom'), unknown: byKind('unknown') }
}

/** Whether a custom rule is the Rules Editor's clone of a disabled standard rule of the same name. */
export function isCloneOfDisabledStandard(rule: SyncRule, sorted: SortedRules): boolean {
  if (typeof rule.cloneOfDisabledStandard === 'boolean') {
    return rule.cloneOfDisabledStandard
  }
  return sorted.standard.some((standard) => standard.disabled === true && standard.name === rule.name && rule.name !== undefined)
}

/** A rule's name for messages. */
export function ruleLabel(rule: SyncRule): string {
  return rule.name ?? rule.identifier ?? 'a rule without a name'
}

/** Names for a message: the first few, then how many more. */
export function listLabels(labels: readonly string[], shown = 4): string {
  if (labels.length <= shown) {
    return labels.map((label) => `"${label}"`).join(', ')
  }
  return `${labels.slice(0, shown).map((label) => `"${label}"`).join(', ')} and ${labels.length - shown} more`
}
