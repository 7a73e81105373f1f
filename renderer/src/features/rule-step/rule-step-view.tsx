/**
 * The body of any rule step: the step's own panels, then its findings as cards, whatever rules
 * the report holds.
 */
import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import type { RuleStep } from '../../../../shared/rules/types'
import { FindingCard } from '../../components/finding-card'
import { useWizardStore } from '../../store/context'
import { selectReport, selectStepFindings } from '../../store/selectors'

/** Props of {@link RuleStepView}. */
export interface RuleStepViewProps {
  readonly step: RuleStep
  /** One or two sentences on what this step checks. */
  readonly intro: ReactNode
  /** The step's own panels, shown above its findings. */
  readonly children?: ReactNode
}

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalL },
  intro: { margin: 0, maxWidth: '72ch' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
})

/** The step's intro, its panels, then one card per finding (or a loading or empty state). */
export function RuleStepView({ step, intro, children }: RuleStepViewProps) {
  const styles = useStyles()
  const hasReport = useWizardStore((state) => selectReport(state) !== undefined)
  const findings = useWizardStore((state) => selectStepFindings(state, step))
  const openLink = useWizardStore((state) => state.openLink)
  const copyText = useWizardStore((state) => state.copyText)
  const isTrainee = useWizardStore((state) => state.role === 'trainee')
  if (!hasReport) {
    return <Spinner size="small" labelPosition="after" label="Loading the checks (waiting for the as-of date)…" />
  }
  return (
    <>
      <p className={styles.intro}>{intro}</p>
      {children}
      {findings.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>This step&apos;s checks are not built yet.</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {children === undefined ? null : <h3 className={styles.heading}>Findings</h3>}
          <ul className={styles.list} aria-label="Findings">
            {findings.map((finding) => (
              <li key={finding.ruleId}>
                <FindingCard finding={finding} onOpenLink={(url) => void openLink(url)} onCopy={copyText} isWhyOpen={isTrainee} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
