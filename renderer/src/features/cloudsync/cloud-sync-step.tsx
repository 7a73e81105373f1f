/**
 * Step 6: whether Microsoft Entra Cloud Sync fits this server's configuration (advice only).
 */
import { RuleStepView } from '../rule-step/rule-step-view'

/** The Cloud Sync step. */
export function CloudSyncStep() {
  return (
    <RuleStepView
      step="cloudsync"
      intro="Advice only, outside the verdict: whether the features this server uses would let you move to Microsoft Entra Cloud Sync instead."
    />
  )
}
