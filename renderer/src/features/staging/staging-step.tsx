/**
 * Step 5: staging mode and the scheduler around the upgrade.
 */
import { RuleStepView } from '../rule-step/rule-step-view'

/** The staging-mode step. */
export function StagingStep() {
  return (
    <RuleStepView
      step="staging"
      intro="Checks how staging mode and the sync scheduler affect the upgrade, including the workaround older builds need to switch staging mode."
    />
  )
}
