/**
 * What to do about a finding: numbered steps, each with its PowerShell where one exists.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import type { RemediationStep } from '../../../shared/rules/types'
import { CopyButton } from './copy-button'

/** Props of {@link RemediationSteps}. */
export interface RemediationStepsProps {
  readonly steps: readonly RemediationStep[]
  readonly onCopy: (text: string) => Promise<boolean>
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL, display: 'grid', rowGap: tokens.spacingVerticalS },
  code: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    marginBlockStart: tokens.spacingVerticalXS,
  },
  pre: {
    flexGrow: 1,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
  },
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
            <div className={styles.code}>
              <pre className={styles.pre} aria-label="PowerShell">
                <code>{step.powershell}</code>
              </pre>
              <CopyButton text={step.powershell} what={`PowerShell for step ${index + 1}`} onCopy={onCopy} />
            </div>
          )}
        </li>
      ))}
    </ol>
  )
}
