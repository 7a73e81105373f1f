/**
 * The fleet workspace: every saved assessment side by side as of the header's date. A summary
 * line, the staging pairs, the filter, the matrix of servers by steps (most urgent first), the
 * deadline heat map and the whole-fleet export; "Open walk" opens one server in the walk.
 */
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { DocumentAdd20Regular } from '@fluentui/react-icons'
import { useDeferredValue, useEffect, useRef, useState } from 'react'
import { afterNextPaint } from '~renderer/components/after-first-paint'
import { SectionCard } from '~renderer/components/section-card'
import { useArrivalFocus } from '~renderer/components/use-arrival-focus'
import { useWizardStore } from '~renderer/store/context'
import { selectFleetMatrix, selectVisibleFleetRows } from '~renderer/store/fleet-selectors'
import type { FleetMatrix } from '~shared/report/fleet-matrix'
import { DeadlineHeatMap } from './deadline-heat-map'
import { FleetExport } from './fleet-export'
import { FleetFilterBar } from './fleet-filter-bar'
import { FleetMatrixTable } from './fleet-matrix-table'
import { FleetProblems } from './fleet-problems'
import { FleetSummary } from './fleet-summary'
import { SameServerPanel } from './same-server-panel'
import { needsAttention, StagingPairsPanel } from './staging-pairs-panel'

/** Rows drawn before "Show all": a thousand rows of a dozen cells is slow to draw twice. */
const FIRST_ROWS = 200

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, lineHeight: tokens.lineHeightBase600, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  empty: { display: 'grid', rowGap: tokens.spacingVerticalM, justifyItems: 'start', maxWidth: '70ch' },
  text: { margin: 0 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  loading: { justifyContent: 'start' },
})

function Loading() {
  const styles = useStyles()
  const progress = useWizardStore((state) => state.fleetLoading)
  const label = progress === undefined || progress.total === 0 ? 'Loading saved assessments…' : `Loading saved assessments: ${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}…`
  return <Spinner className={styles.loading} size="small" labelPosition="after" label={label} />
}

function EmptyFleet() {
  const styles = useStyles()
  const startNewAssessment = useWizardStore((state) => state.startNewAssessment)
  return (
    <SectionCard title="No saved assessments yet">
      <div className={styles.empty}>
        <p className={styles.text}>
          Every server you assess in the walk is saved as you go and shows up here. Assess the first server, then choose New assessment in the header for the next one: it saves
          the current server and starts an empty walk. Give each server its customer, and its staging partner, in About this assessment on the Install details step.
        </p>
        <Button appearance="primary" icon={<DocumentAdd20Regular />} onClick={() => void startNewAssessment()}>
          New assessment
        </Button>
      </div>
    </SectionCard>
  )
}

/**
 * True from the first frame painted after `isReady` turned true: what it guards is drawn after the
 * page is usable (the heat map after the matrix), not in the same long task.
 */
function useAfterFirstPaint(isReady: boolean): boolean {
  const [isPainted, setPainted] = useState(false)
  useEffect(() => {
    if (!isReady || isPainted) {
      return
    }
    return afterNextPaint(() => setPainted(true))
  }, [isReady, isPainted])
  return isPainted
}

/**
 * The filter, the table, the heat map and the export, mounted once the matrix has rows: on mount
 * the deferred rows are the rows themselves, so the first rows come with the summary in one render
 * (deferred from then on, so typing in the search stays quick).
 */
function FleetRows({ matrix }: { readonly matrix: FleetMatrix }) {
  const styles = useStyles()
  const visible = useDeferredValue(useWizardStore(selectVisibleFleetRows))
  const openError = useWizardStore((state) => state.fleetOpenError)
  const openFleetServer = useWizardStore((state) => state.openFleetServer)
  const [isShowingAll, setShowingAll] = useState(false)
  const shownAllRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (isShowingAll) {
      shownAllRef.current?.focus()
    }
  }, [isShowingAll])
  const drawn = isShowingAll ? visible : visible.slice(0, FIRST_ROWS)
  // Two tables of 200 rows in one task took over a second of style and layout: the matrix comes
  // first, the heat map in a task after the frame that drew the matrix's rows.
  const isHeatMapDrawn = useAfterFirstPaint(drawn.length > 0)
  return (
    <>
      <FleetFilterBar customers={matrix.customers} hasServerWithoutCustomer={matrix.rows.some((row) => row.customer === '')} shown={visible.length} total={matrix.rows.length} />
      {openError === undefined ? null : (
        <p role="alert" className={styles.error}>
          {openError}
        </p>
      )}
      <SectionCard title="Servers by urgency" dataSection="fleet-matrix">
        {visible.length === 0 ? <p className={styles.text}>No server matches the filter.</p> : <FleetMatrixTable rows={drawn} steps={matrix.steps} onOpen={(key) => void openFleetServer(key)} />}
        {drawn.length < visible.length ? <Button onClick={() => setShowingAll(true)}>Show all {visible.length.toLocaleString('en-US')} servers</Button> : null}
        {/* The button is gone once pressed: its place takes the focus and says what happened. */}
        {isShowingAll && visible.length > FIRST_ROWS ? (
          <p ref={shownAllRef} tabIndex={-1} className={styles.text}>
            All {visible.length.toLocaleString('en-US')} servers are shown.
          </p>
        ) : null}
      </SectionCard>
      <SectionCard title="Deadline heat map" dataSection="fleet-heat-map">
        {visible.length === 0 ? (
          <p className={styles.text}>No server matches the filter.</p>
        ) : isHeatMapDrawn ? (
          <DeadlineHeatMap matrix={matrix} rows={drawn} />
        ) : (
          <p className={styles.text}>Drawing the heat map…</p>
        )}
      </SectionCard>
      {needsAttention(matrix.staging) ? null : <StagingPairsPanel staging={matrix.staging} />}
      <FleetExport count={visible.length} />
    </>
  )
}

/** The fleet of saved assessments. */
export function FleetView() {
  const styles = useStyles()
  const matrix = useWizardStore(selectFleetMatrix)
  const problems = useWizardStore((state) => state.fleetProblems)
  const isLoading = useWizardStore((state) => state.fleetLoading !== undefined)
  const headingRef = useArrivalFocus<HTMLHeadingElement>()
  return (
    <div className={styles.root}>
      <h2 ref={headingRef} tabIndex={-1} className={styles.heading}>
        Fleet
      </h2>
      {matrix === undefined ? (
        <Loading />
      ) : (
        <>
          <FleetProblems problems={problems} />
          {matrix.rows.length === 0 ? (
            <EmptyFleet />
          ) : (
            <>
              <FleetSummary counts={matrix.counts} asOf={matrix.asOf} />
              {isLoading ? <Loading /> : null}
              <SameServerPanel />
              {/* A pair that needs a look comes before the matrix; otherwise the pairs are reference, after it. */}
              {needsAttention(matrix.staging) ? <StagingPairsPanel staging={matrix.staging} /> : null}
              <FleetRows matrix={matrix} />
            </>
          )}
        </>
      )}
    </div>
  )
}
