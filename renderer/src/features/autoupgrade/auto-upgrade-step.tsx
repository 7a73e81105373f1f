/**
 * Step 4: whether automatic upgrade is on, why it may be suspended, what stops this server from
 * upgrading itself, and whether it can bring the build the server needs.
 */
import { RuleStepView } from '../rule-step/rule-step-view'
import { AutoUpgradeOverview } from './auto-upgrade-overview'

/** The auto-upgrade step. */
export function AutoUpgradeStep() {
  return (
    <RuleStepView
      step="autoupgrade"
      intro="Checks whether automatic upgrade is enabled, why it may be suspended, and what stops this server from upgrading itself."
    >
      <AutoUpgradeOverview />
    </RuleStepView>
  )
}
