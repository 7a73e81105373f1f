/**
 * How many findings have each status.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { StatusBadge } from '~renderer/components/status-badge'
import type { StatusCounts as Counts } from '~renderer/store/selectors'
import { STATUSES_BY_URGENCY } from '~shared/rules/types'

const useStyles = makeStyles({
  list: { listStyleType: 'none', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  count: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
})

/** One badge and count per status, most urgent first. */
export function StatusCounts({ counts }: { readonly counts: Counts }) {
  const styles = useStyles()
  return (
    <ul className={styles.list} aria-label="Findings by status">
      {STATUSES_BY_URGENCY.map((status) => (
        <li key={status} className={styles.item}>
          <StatusBadge state={status} />
          <span className={styles.count}>{counts[status]}</span>
        </li>
      ))}
    </ul>
  )
}
