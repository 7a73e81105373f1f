/**
 * Step 3: what the server needs before the upgrade (OS, .NET, PowerShell, TLS 1.2, database).
 */
import { RuleStepView } from '../rule-step/rule-step-view'

/** The prerequisites step. */
export function PrerequisitesStep() {
  return (
    <RuleStepView
      step="prerequisites"
      intro="Checks what the server needs before a current build installs: operating system, domain membership, .NET Framework, PowerShell, TLS 1.2 and the database."
    />
  )
}
