/**
 * The app's layout: header across the top; below it the walk (the step list on the left, the
 * current step on the right) or, full width, the fleet or compare workspace.
 *
 * The fleet and compare workspaces are separate chunks, loaded when first shown. The step list and
 * the footer are drawn once the first frame is painted (`features/wizard/later.tsx`).
 */
import { makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { lazy, Suspense } from 'react'
import { AfterFirstPaint } from './components/after-first-paint'
import { GuideMessages } from './features/guide/guide-messages'
import { AppHeader } from './features/header/app-header'
import { AppMessages } from './features/wizard/app-messages'
import { AsOfBanner } from './features/wizard/as-of-banner'
import { ContinueOffer } from './features/wizard/continue-offer'
import { LaterStepFooter, LaterStepList } from './features/wizard/later'
import { ServerHeadlineBanner } from './features/wizard/server-headline'
import { StepView } from './features/wizard/step-view'
import { useWizardStore } from './store/context'

const FleetView = lazy(() => import('./features/fleet/fleet-view').then((module) => ({ default: module.FleetView })))
const CompareView = lazy(() => import('./features/compare/compare-view').then((module) => ({ default: module.CompareView })))

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    '@media print': { display: 'block', height: 'auto' },
    // A short window (or 200% zoom): the page scrolls as a whole, so the header scrolls away.
    '@media (max-height: 560px)': { display: 'block', height: 'auto' },
  },
  body: {
    display: 'grid',
    gridTemplateColumns: '280px minmax(0, 1fr)',
    minHeight: 0,
    '@media (max-width: 1100px)': { gridTemplateColumns: '64px minmax(0, 1fr)' },
    '@media print': { display: 'block' },
  },
  nav: {
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    '@media (max-width: 1100px)': { padding: tokens.spacingHorizontalXS },
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media print': { display: 'none' },
  },
  main: { display: 'grid', gridTemplateRows: 'minmax(0, 1fr) auto', minHeight: 0, '@media print': { display: 'block' } },
  content: {
    overflowY: 'auto',
    '@media (max-height: 560px)': { overflowY: 'visible' },
    '@media (max-width: 700px)': { padding: tokens.spacingHorizontalM },
    display: 'grid',
    // One column no wider than the pane: nothing in it may widen the page past the window.
    gridTemplateColumns: 'minmax(0, 1fr)',
    alignContent: 'start',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    '@media print': { overflowY: 'visible', padding: 0 },
  },
  loading: { justifyContent: 'start' },
})

/** The walk of one server: step list and current step. */
function Walk() {
  const styles = useStyles()
  return (
    <div className={styles.body}>
      <nav className={styles.nav} aria-label="Wizard steps">
        <AfterFirstPaint>
          <LaterStepList />
        </AfterFirstPaint>
      </nav>
      <main className={styles.main}>
        <div className={styles.content}>
          <AppMessages />
          <ContinueOffer />
          <AsOfBanner />
          <ServerHeadlineBanner />
          <GuideMessages />
          <StepView />
        </div>
        <AfterFirstPaint>
          <LaterStepFooter />
        </AfterFirstPaint>
      </main>
    </div>
  )
}

/** The fleet or compare workspace, full width. */
function Workspace({ view }: { readonly view: 'fleet' | 'compare' }) {
  const styles = useStyles()
  return (
    <main className={styles.content}>
      <Suspense fallback={<Spinner className={styles.loading} size="small" labelPosition="after" label="Loading…" />}>
        {view === 'fleet' ? <FleetView /> : <CompareView />}
      </Suspense>
    </main>
  )
}

/** The whole app. */
export function App() {
  const styles = useStyles()
  const view = useWizardStore((state) => state.view)
  return (
    <div className={styles.root}>
      <AppHeader />
      {view === 'walk' ? <Walk /> : <Workspace view={view} />}
    </div>
  )
}
