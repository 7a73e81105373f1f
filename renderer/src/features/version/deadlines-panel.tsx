/**
 * "What breaks when": the server's deadlines as a picture with the same list in words beside it.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectDeadlineView } from '~renderer/store/guide-selectors'
import { DeadlineList } from './deadline-list'
import { MarkerIcon, STATE_NAMES } from './deadline-marker'
import { DeadlineTimeline } from './deadline-timeline'

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 400px), 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
  },
  legend: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  legendItem: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0 },
})

const LEGEND = (['passed', 'upcoming', 'met', 'unknown'] as const).map((state) => ({ state, name: STATE_NAMES[state] }))

/** The deadlines card of the version step. */
export function DeadlinesPanel() {
  const styles = useStyles()
  const view = useWizardStore(selectDeadlineView)
  if (view === undefined) {
    return null
  }
  return (
    <SectionCard title="What breaks when" dataSection="deadlines">
      {view.isVersionUnknown ? (
        <p className={styles.empty}>Enter the installed version on the Install details step to see which deadlines this server meets.</p>
      ) : (
        <div className={styles.layout}>
          <div>
            <DeadlineTimeline view={view} />
            <ul className={styles.legend} aria-label="Legend">
              {LEGEND.map((entry) => (
                <li key={entry.state} className={styles.legendItem}>
                  <MarkerIcon state={entry.state} />
                  {entry.name}
                </li>
              ))}
            </ul>
          </div>
          <DeadlineList items={view.items} />
        </div>
      )}
    </SectionCard>
  )
}
