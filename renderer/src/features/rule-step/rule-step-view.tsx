/**
 * The body of any rule step: that step's findings as cards, whatever rules the report holds.
 */
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import type { RuleStep } from '../../../../shared/rules/types'
import { FindingCard } from '../../components/finding-card'
import { useWizardStore } from '../../store/context'
import { selectStepFindings } from '../../store/selectors'

/** Props of {@link RuleStepView}. */
export interface RuleStepViewProps {
  readonly step: RuleStep
  /** One or two sentences on what this step checks. */
  readonly intro: ReactNode
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalL },
  intro: { margin: 0, maxWidth: '72ch' },
})

/** The step's intro, then one card per finding, or a plain note that the checks are not built yet. */
export function RuleStepView({ step, intro }: RuleStepViewProps) {
  const styles = useStyles()
  const findings = useWizardStore((state) => selectStepFindings(state, step))
  const openLink = useWizardStore((state) => state.openLink)
  const copyText = useWizardStore((state) => state.copyText)
  return (
    <>
      <p className={styles.intro}>{intro}</p>
      {findings.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>This step&apos;s checks are not built yet.</MessageBarBody>
        </MessageBar>
      ) : (
        <ul className={styles.list} aria-label="Findings">
          {findings.map((finding) => (
            <li key={finding.ruleId}>
              <FindingCard finding={finding} onOpenLink={(url) => void openLink(url)} onCopy={copyText} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
