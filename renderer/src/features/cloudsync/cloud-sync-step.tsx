/**
 * Step 6: whether Microsoft Entra Cloud Sync fits this server (advice only): the result, the
 * questions that decide it, and what would change.
 */
import { RuleStepView } from '../rule-step/rule-step-view'
import { CapabilityComparison } from './capability-comparison'
import { CloudSyncQuestions } from './cloud-sync-questions'
import { FitResultPanel } from './fit-result'

/** The Cloud Sync step. */
export function CloudSyncStep() {
  return (
    <RuleStepView
      step="cloudsync"
      intro="Advice only, outside the verdict: whether the features this server uses would let you move to Microsoft Entra Cloud Sync instead."
    >
      <FitResultPanel />
      <CloudSyncQuestions />
      <CapabilityComparison />
    </RuleStepView>
  )
}
