/**
 * Step 4: whether automatic upgrade is on, and whether this server is eligible for it.
 */
import { RuleStepView } from '../rule-step/rule-step-view'

/** The auto-upgrade step. */
export function AutoUpgradeStep() {
  return (
    <RuleStepView
      step="autoupgrade"
      intro="Checks whether automatic upgrade is enabled, why it may be suspended, and what stops this server from upgrading itself."
    />
  )
}
