/**
 * Each rule's unchanging parts, said once per run: what `--format jsonl` writes in its header and
 * `--format sarif` in `tool.driver.rules`, so that each finding carries only what is its own.
 */
import type { DateFormatter } from '../dates/iso-date'
import type { RulePack } from '../rules/pack/types'
import { ruleTexts } from '../rules/rule-texts'
import type { Finding, RemediationStep, Rule, RuleStep, Severity, SourceRef } from '../rules/types'

/** One rule as a fleet output describes it. */
export interface CatalogueRule {
  readonly id: string
  readonly title: string
  readonly step: RuleStep
  readonly severity: Severity
  /** Why the rule matters (SARIF's `fullDescription`). */
  readonly why: string
  readonly sources: readonly SourceRef[]
  /** The rule's fix: the steps of its failing outcome (else its warning, else the first it lists). */
  readonly remediation: readonly RemediationStep[]
}

/** The rules of a run by id, in registry order (`index` is SARIF's `ruleIndex`). */
export interface RuleCatalogue {
  readonly rules: readonly CatalogueRule[]
  readonly byId: ReadonlyMap<string, { readonly rule: CatalogueRule; readonly index: number }>
}

/** The messageIds whose steps stand for the rule's fix, in order of preference. */
const FIX_MESSAGE_IDS = ['fail', 'warn'] as const

function fixOf(steps: Readonly<Record<string, readonly RemediationStep[]>>): readonly RemediationStep[] {
  for (const messageId of FIX_MESSAGE_IDS) {
    const found = steps[messageId]
    if (found !== undefined) {
      return found
    }
  }
  return Object.values(steps)[0] ?? []
}

/**
 * The catalogue of `rules` (the registry, `shared/rules/index.ts`), their texts filled from `pack`
 * with dates written by `formatDate`, as the findings' are.
 */
export function buildRuleCatalogue(rules: readonly Rule[], pack: RulePack, formatDate: DateFormatter): RuleCatalogue {
  const catalogue = rules.map((rule): CatalogueRule => {
    const texts = ruleTexts(rule, pack, formatDate)
    return { id: rule.id, title: texts.title, step: rule.step, severity: rule.severity, why: texts.why, sources: rule.sources, remediation: fixOf(texts.remediation) }
  })
  return { rules: catalogue, byId: new Map(catalogue.map((rule, index) => [rule.id, { rule, index }])) }
}

function sameSteps(a: readonly RemediationStep[], b: readonly RemediationStep[]): boolean {
  return a === b || (a.length === b.length && a.every((step, index) => step.text === b[index]?.text && step.powershell === b[index]?.powershell))
}

/**
 * The finding's remediation when it is not its rule's (a passing finding's empty list, a fix built
 * from the server's own codes), else undefined: the rule's stands for it. A finding of a rule the
 * catalogue does not hold always carries its own.
 */
export function ownRemediation(finding: Finding, catalogue: RuleCatalogue): readonly RemediationStep[] | undefined {
  const rule = catalogue.byId.get(finding.ruleId)?.rule
  return rule !== undefined && sameSteps(finding.remediation, rule.remediation) ? undefined : finding.remediation
}
