/**
 * The two runs side by side: name, server, the date each was evaluated on and when it was saved,
 * and a way to open either in the walk.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { Open16Regular } from '@fluentui/react-icons'
import { formatUserDate } from '~renderer/components/locale-date'
import type { RunLabel } from '~shared/report/compare-assessments'
import { StatusBadge } from '~renderer/components/status-badge'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  runs: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: tokens.spacingHorizontalL },
  run: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    justifyItems: 'start',
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
})

function Run({ title, run }: { readonly title: string; readonly run: RunLabel }) {
  const styles = useStyles()
  const openRunInWalk = useWizardStore((state) => state.openRunInWalk)
  const facts = [
    ['Name', run.name],
    ['Server', run.server ?? 'not known'],
    ['Evaluated as of', formatUserDate(run.asOf)],
    ['Saved', formatUserDate(run.savedOn)],
  ] as const
  return (
    <section className={styles.run} aria-label={`${title}: ${run.name}`} data-run={run.id}>
      <h3 className={styles.heading}>{title}</h3>
      <StatusBadge state={run.verdict} prefix="Verdict:" />
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <Button icon={<Open16Regular />} onClick={() => void openRunInWalk(run.id)}>
        Open {run.name} in the walk
      </Button>
    </section>
  )
}

/** The earlier and the later run. */
export function RunLabels({ before, after }: { readonly before: RunLabel; readonly after: RunLabel }) {
  const styles = useStyles()
  return (
    <div className={styles.runs}>
      <Run title="Earlier run" run={before} />
      <Run title="Later run" run={after} />
    </div>
  )
}
