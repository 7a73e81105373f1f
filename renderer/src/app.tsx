/**
 * The app's layout: header across the top, the step list on the left, the current step on the right.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { GuideMessages } from './features/guide/guide-messages'
import { AppHeader } from './features/header/app-header'
import { AppMessages } from './features/wizard/app-messages'
import { StepFooter } from './features/wizard/step-footer'
import { StepList } from './features/wizard/step-list'
import { StepView } from './features/wizard/step-view'

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    '@media print': { display: 'block', height: 'auto' },
  },
  body: { display: 'grid', gridTemplateColumns: '280px minmax(0, 1fr)', minHeight: 0, '@media print': { display: 'block' } },
  nav: {
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media print': { display: 'none' },
  },
  main: { display: 'grid', gridTemplateRows: 'minmax(0, 1fr) auto', minHeight: 0, '@media print': { display: 'block' } },
  content: {
    overflowY: 'auto',
    display: 'grid',
    alignContent: 'start',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    '@media print': { overflowY: 'visible', padding: 0 },
  },
})

/** The whole wizard. */
export function App() {
  const styles = useStyles()
  return (
    <div className={styles.root}>
      <AppHeader />
      <div className={styles.body}>
        <nav className={styles.nav} aria-label="Wizard steps">
          <StepList />
        </nav>
        <main className={styles.main}>
          <div className={styles.content}>
            <AppMessages />
            <GuideMessages />
            <StepView />
          </div>
          <StepFooter />
        </main>
      </div>
    </div>
  )
}
