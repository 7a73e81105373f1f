/**
 * Step 5: staging mode and the scheduler around the upgrade, with the reviewed workaround script
 * for builds whose wizard can no longer switch staging mode, and what each route does to the
 * server's customizations.
 */
import { RuleStepView } from '../rule-step/rule-step-view'
import { CustomizationsPanel } from './customizations-panel'
import { StagingPathPanel } from './staging-path-panel'

/** The staging-mode step. */
export function StagingStep() {
  return (
    <RuleStepView
      step="staging"
      intro="Checks how staging mode and the sync scheduler affect the upgrade, including the workaround older builds need to switch staging mode."
    >
      <StagingPathPanel />
      <CustomizationsPanel />
    </RuleStepView>
  )
}
