/**
 * The deadlines in words, numbered like the picture's markers: date, what stops, and where the
 * server stands ("breaks in 120 days", "broken since 30 Sep 2026", "met").
 */
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { DeadlineItem } from '~shared/timeline/deadline-view'
import { MarkerIcon } from './deadline-marker'

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalM },
  item: { display: 'grid', gridTemplateColumns: 'auto minmax(0, 1fr)', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  date: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  standing: { fontWeight: tokens.fontWeightSemibold },
  passed: { color: tokens.colorPaletteRedForeground1 },
  upcoming: { color: tokens.colorStatusWarningForeground3 },
  met: { color: tokens.colorStatusSuccessForeground1 },
  unknown: { color: tokens.colorNeutralForeground2 },
  stops: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
})

/** The numbered list beside the picture. */
export function DeadlineList({ items }: { readonly items: readonly DeadlineItem[] }) {
  const styles = useStyles()
  return (
    <ol className={styles.list} aria-label="Deadlines in words">
      {items.map((item, index) => (
        <li key={item.id} className={styles.item} data-deadline={item.id}>
          <MarkerIcon state={item.state} label={String(index + 1)} />
          <div>
            <div className={styles.head}>
              <span className={styles.date}>{item.dateText}</span>
              <span>{item.label}</span>
              {item.isUnconfirmed ? (
                <Badge appearance="outline" color="warning" size="small">
                  Unconfirmed
                </Badge>
              ) : null}
            </div>
            <div className={mergeClasses(styles.standing, styles[item.state])}>{item.standing}</div>
            <p className={styles.stops}>{item.stops}</p>
          </div>
        </li>
      ))}
    </ol>
  )
}
