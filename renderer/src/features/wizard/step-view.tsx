/**
 * The current step: its heading (focused when the step changes, for keyboard and screen-reader
 * users) and its body.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { useEffect, useRef, type ComponentType } from 'react'
import { useWizardStore } from '../../store/context'
import { stepTitle, type WizardStep } from '../../store/steps'
import { AutoUpgradeStep } from '../autoupgrade/auto-upgrade-step'
import { CloudSyncStep } from '../cloudsync/cloud-sync-step'
import { InstallDetailsStep } from '../details/install-details-step'
import { PrerequisitesStep } from '../prerequisites/prerequisites-step'
import { StagingStep } from '../staging/staging-step'
import { SummaryStep } from '../summary/summary-step'
import { VersionStep } from '../version/version-step'

const useStyles = makeStyles({
  body: { display: 'grid', rowGap: tokens.spacingVerticalL, alignContent: 'start' },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': { outline: 'none' },
  },
})

/** Each step's body; a missing step is a compile error. */
const STEP_BODIES: Readonly<Record<WizardStep, ComponentType>> = {
  details: InstallDetailsStep,
  version: VersionStep,
  prerequisites: PrerequisitesStep,
  autoupgrade: AutoUpgradeStep,
  staging: StagingStep,
  cloudsync: CloudSyncStep,
  summary: SummaryStep,
}

/** The heading and body of the current step. */
export function StepView() {
  const styles = useStyles()
  const step = useWizardStore((state) => state.step)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current !== step) {
      shownStep.current = step
      headingRef.current?.focus()
    }
  }, [step])
  const StepBody = STEP_BODIES[step]
  return (
    <div className={styles.body}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {stepTitle(step)}
      </h2>
      <StepBody />
    </div>
  )
}
