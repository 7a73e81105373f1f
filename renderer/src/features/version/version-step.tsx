/**
 * Step 2: the installed version against retirements, mandatory floors and deadlines, with the
 * recommended target first and "what breaks when" as a picture.
 */
import { RuleStepView } from '../rule-step/rule-step-view'
import { DeadlinesPanel } from './deadlines-panel'
import { TargetPanel } from './target-panel'

/** The version-and-deadlines step. */
export function VersionStep() {
  return (
    <RuleStepView
      step="version"
      intro="Checks the installed Entra Connect version against Microsoft's retirements, mandatory minimums and their deadlines, as of the date in the header."
    >
      <TargetPanel />
      <DeadlinesPanel />
    </RuleStepView>
  )
}
