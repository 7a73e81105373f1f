/**
 * The current step: its heading (focused when the step changes, for keyboard and screen-reader
 * users) and its body.
 *
 * Only the first step ships in the start-up bundle; the later steps are separate chunks, loaded
 * when first shown (with a loading state) and fetched in the background once the app is idle.
 */
import { makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react'
import { useArrivalFocus } from '~renderer/components/use-arrival-focus'
import { loadChecks } from '~renderer/store/checks'
import { useWizardStore } from '~renderer/store/context'
import { stepTitle, type WizardStep } from '~renderer/store/steps'
import { InstallDetailsStep } from '../details/install-details-step'

const useStyles = makeStyles({
  // One column no wider than the pane (a folded check's one-line message must not widen the step).
  body: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalL, alignContent: 'start' },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': { outline: 'none' },
  },
  loading: { justifyContent: 'start' },
})

/** The later steps' modules, each loaded on first use (and the same promise for every caller). */
const LATER_STEPS = {
  version: () => import('../version/version-step').then((module) => ({ default: module.VersionStep })),
  prerequisites: () => import('../prerequisites/prerequisites-step').then((module) => ({ default: module.PrerequisitesStep })),
  autoupgrade: () => import('../autoupgrade/auto-upgrade-step').then((module) => ({ default: module.AutoUpgradeStep })),
  staging: () => import('../staging/staging-step').then((module) => ({ default: module.StagingStep })),
  cloudsync: () => import('../cloudsync/cloud-sync-step').then((module) => ({ default: module.CloudSyncStep })),
  summary: () => import('../summary/summary-step').then((module) => ({ default: module.SummaryStep })),
} satisfies Record<Exclude<WizardStep, 'details'>, () => Promise<{ default: ComponentType }>>

/** Each step's body; a missing step is a compile error. */
const STEP_BODIES: Readonly<Record<WizardStep, ComponentType>> = {
  details: InstallDetailsStep,
  version: lazy(LATER_STEPS.version),
  prerequisites: lazy(LATER_STEPS.prerequisites),
  autoupgrade: lazy(LATER_STEPS.autoupgrade),
  staging: lazy(LATER_STEPS.staging),
  cloudsync: lazy(LATER_STEPS.cloudsync),
  summary: lazy(LATER_STEPS.summary),
}

/**
 * Fetches the install-details checks and the later steps' chunks when the browser is idle, so the
 * first facts and moving on rarely wait. (An action that needs the checks sooner loads them itself.)
 */
function preloadLaterSteps(): () => void {
  const preload = () => {
    for (const load of [loadChecks, ...Object.values(LATER_STEPS)]) {
      // A chunk that fails here is loaded (and its failure shown) when its step is opened.
      load().catch(() => undefined)
    }
  }
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(preload, { timeout: 5000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(preload, 1000)
  return () => window.clearTimeout(handle)
}

/** The heading and body of the current step. */
export function StepView() {
  const styles = useStyles()
  const step = useWizardStore((state) => state.step)
  // Focused when the walk is shown again after another workspace, and whenever the step changes.
  const headingRef = useArrivalFocus<HTMLHeadingElement>()
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current !== step) {
      shownStep.current = step
      headingRef.current?.focus()
    }
  }, [step, headingRef])
  useEffect(preloadLaterSteps, [])
  const StepBody = STEP_BODIES[step]
  return (
    <div className={styles.body}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
        {stepTitle(step)}
      </h2>
      <Suspense fallback={<Spinner className={styles.loading} size="small" labelPosition="after" label={`Loading ${stepTitle(step)}…`} />}>
        <StepBody />
      </Suspense>
    </div>
  )
}
