/**
 * The compare-runs workspace: an earlier and a later saved run of one server, the date they are
 * evaluated on, and what was fixed, what newly fails, what changed otherwise and what did not.
 *
 * The store chooses the runs when the workspace is shown (compare-slice.ts); this view only shows
 * the choice, the comparison and the empty states, each saying what to do next.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components'
import { earlierRunCandidates } from '~shared/report/compare-assessments'
import { useArrivalFocus } from '~renderer/components/use-arrival-focus'
import { useWizardStore } from '~renderer/store/context'
import { selectComparison } from '~renderer/store/compare-selectors'
import { ComparisonResult } from './comparison-result'
import { DateModeField } from './date-mode-field'
import { RunPickers } from './run-pickers'

const useStyles = makeStyles({
  view: { display: 'grid', rowGap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '1400px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  intro: { margin: 0, maxWidth: '80ch' },
  controls: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  empty: { display: 'grid', rowGap: tokens.spacingVerticalS, justifyItems: 'start' },
  paragraph: { margin: 0, maxWidth: '80ch' },
  loading: { justifyContent: 'start' },
})

/** Says what to do when there is nothing to compare with yet. */
function NothingToCompare({ title, text }: { readonly title: string; readonly text: string }) {
  const styles = useStyles()
  const showView = useWizardStore((state) => state.showView)
  return (
    <div className={styles.empty} role="status">
      <p className={styles.paragraph}>
        <strong>{title}</strong> {text}
      </p>
      <Button onClick={() => showView('walk')}>Go to the walk</Button>
    </div>
  )
}

const ONE_RUN_TEXT =
  'Duplicate this assessment before the upgrade, then update it afterwards: open Assessments, choose Duplicate, and after the upgrade open the copy and bring its install details up to date. Both runs then appear here.'

/** What the comparison area shows for the runs chosen. */
function Comparison() {
  const styles = useStyles()
  const runs = useWizardStore((state) => state.comparedRuns)
  const entries = useWizardStore((state) => state.savedRuns?.entries)
  const outcome = useWizardStore(selectComparison)
  const failures = [runs.before, runs.after].flatMap((run) => (run.status === 'failed' ? [run.message] : []))
  if (failures.length > 0) {
    return failures.map((message) => (
      <MessageBar key={message} intent="error">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    ))
  }
  if (runs.after.status === 'none') {
    return <p className={styles.paragraph}>Choose the later run to compare.</p>
  }
  if (runs.before.status === 'none') {
    const afterId = runs.after.id
    const later = entries?.find((entry) => entry.id === afterId)
    const hasOtherRuns = later !== undefined && earlierRunCandidates(later, entries ?? []).length > 0
    return hasOtherRuns ? (
      <p className={styles.paragraph}>Choose the earlier run to compare with.</p>
    ) : (
      <NothingToCompare title={`Only one run of ${later?.serverName.trim() || later?.name || 'this server'} is saved.`} text={ONE_RUN_TEXT} />
    )
  }
  if (outcome === undefined) {
    return <Spinner className={styles.loading} size="small" labelPosition="after" label="Loading the runs…" />
  }
  if (!outcome.ok) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{outcome.message}</MessageBarBody>
      </MessageBar>
    )
  }
  return <ComparisonResult result={outcome.value} />
}

/** Two runs of one server compared. */
export function CompareView() {
  const styles = useStyles()
  const entries = useWizardStore((state) => state.savedRuns?.entries)
  const isPreparing = useWizardStore((state) => state.isComparePreparing)
  const error = useWizardStore((state) => state.compareError)
  const headingRef = useArrivalFocus<HTMLHeadingElement>()
  return (
    <div className={styles.view}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.title}>
        Compare runs
      </h2>
      <p className={styles.intro}>
        Open an earlier assessment of the same server beside a later one to see what was fixed, what newly fails, what changed otherwise and what stayed the same.
      </p>
      {error === undefined ? null : (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {entries === undefined ? (
        isPreparing ? <Spinner className={styles.loading} size="small" labelPosition="after" label="Reading the saved assessments…" /> : null
      ) : entries.length === 0 ? (
        <NothingToCompare title="No saved assessments yet." text="Type or open a server’s install details in the walk: the assessment is saved as you go, and its runs can be compared here." />
      ) : (
        <>
          <div className={styles.controls}>
            <RunPickers entries={entries} />
            <DateModeField />
          </div>
          <Comparison />
        </>
      )}
    </div>
  )
}
