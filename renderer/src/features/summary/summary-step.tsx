/**
 * The last step: the verdict as the server's headline (the same sentence the walk opens with), the upgrade checklist (what first, by when),
 * counts by status, what needs attention, and the report export.
 */
import { makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { StatusBadge } from '~renderer/components/status-badge'
import { useWizardStore } from '~renderer/store/context'
import { selectServerHeadline } from '~renderer/store/headline-selectors'
import { selectAttentionFindings, selectStatusCounts, selectVerdict } from '~renderer/store/selectors'
import { HeadlineCard } from '../wizard/server-headline'
import { ActionChecklist } from './action-checklist'
import { AttentionTable } from './attention-table'
import { ExportReport } from './export-report'
import { StatusCounts } from './status-counts'
import { describeVerdict } from './verdict-text'

const useStyles = makeStyles({
  verdict: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    justifyItems: 'start',
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    maxWidth: '80ch',
  },
  sentence: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  server: { margin: 0, color: tokens.colorNeutralForeground2 },
  section: { display: 'grid', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
})

/** The summary step. */
export function SummaryStep() {
  const styles = useStyles()
  const verdict = useWizardStore(selectVerdict)
  const asOf = useWizardStore((state) => state.asOf)
  const serverName = useWizardStore((state) => state.details.server?.name ?? undefined)
  const counts = useWizardStore(selectStatusCounts)
  const attention = useWizardStore(selectAttentionFindings)
  const goTo = useWizardStore((state) => state.goTo)
  const headline = useWizardStore(selectServerHeadline)
  if (verdict === undefined || asOf === undefined || counts === undefined) {
    return <Spinner size="small" labelPosition="after" label="Loading the checks (waiting for the as-of date)…" />
  }
  return (
    <>
      {headline === undefined ? (
        <section className={styles.verdict} aria-label="Verdict">
          <StatusBadge state={verdict} prefix="Verdict:" />
          <p className={styles.sentence}>{describeVerdict(verdict, asOf)}</p>
          <p className={styles.server}>Server: {serverName ?? 'name not given'}</p>
        </section>
      ) : (
        <HeadlineCard headline={headline} isActionHidden={headline.action.step === 'summary'} />
      )}
      <ActionChecklist />
      <section className={styles.section}>
        <h3 className={styles.heading}>Findings by status</h3>
        <StatusCounts counts={counts} />
      </section>
      <section className={styles.section}>
        <h3 className={styles.heading}>Needs attention</h3>
        <AttentionTable findings={attention} onGoTo={goTo} />
      </section>
      <ExportReport />
    </>
  )
}
