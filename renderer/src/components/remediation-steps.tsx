/**
 * What to do about a finding: numbered steps, each with its PowerShell where one exists.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import type { RemediationStep } from '~shared/rules/types'
import { CodeBlock } from './code-block'

/** Props of {@link RemediationSteps}. */
export interface RemediationStepsProps {
  readonly steps: readonly RemediationStep[]
  readonly onCopy: (text: string) => Promise<boolean>
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'grid', rowGap: tokens.spacingVerticalS },
})

/** The remediation steps as an ordered list; PowerShell sits in a monospace block with a copy button. */
export function RemediationSteps({ steps, onCopy }: RemediationStepsProps) {
  const styles = useStyles()
  return (
    <ol className={styles.list}>
      {steps.map((step, index) => (
        <li key={index}>
          {step.text}
          {step.powershell === undefined ? null : (
            <CodeBlock code={step.powershell} what={`PowerShell for step ${index + 1}`} onCopy={onCopy} />
          )}
        </li>
      ))}
    </ol>
  )
}
