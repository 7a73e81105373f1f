/**
 * The wizard's steps, in order: install details, one step per rule step, then the summary.
 */
import type { RuleStep } from '~shared/rules/types'

/** A step of the wizard; rule steps share their ids with the rules' `step`. */
export type WizardStep = 'details' | RuleStep | 'summary'

/** A step as the step list shows it. */
export interface StepInfo {
  readonly id: WizardStep
  readonly title: string
}

/** Every step, in the order the wizard walks them. */
export const WIZARD_STEPS: readonly StepInfo[] = [
  { id: 'details', title: 'Install details' },
  { id: 'version', title: 'Version and deadlines' },
  { id: 'prerequisites', title: 'Prerequisites' },
  { id: 'autoupgrade', title: 'Auto-upgrade' },
  { id: 'staging', title: 'Staging mode' },
  { id: 'cloudsync', title: 'Cloud Sync' },
  { id: 'summary', title: 'Summary' },
]

/** The steps whose content is the rules' findings. */
export const RULE_STEPS: readonly RuleStep[] = ['version', 'prerequisites', 'autoupgrade', 'staging', 'cloudsync']

/** True when `step` shows findings of the rules. */
export function isRuleStep(step: WizardStep): step is RuleStep {
  return (RULE_STEPS as readonly string[]).includes(step)
}

/** A step's title, for headings and the summary's "which step" column. */
export function stepTitle(step: WizardStep): string {
  return WIZARD_STEPS.find((info) => info.id === step)?.title ?? step
}

/** The index of `step` in the walk order. */
export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.findIndex((info) => info.id === step)
}
