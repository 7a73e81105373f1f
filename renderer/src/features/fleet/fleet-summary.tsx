/**
 * The fleet in one line: how many servers, how many of each verdict, how many staging warnings,
 * as of which date.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { formatUserDate } from '~renderer/components/locale-date'
import type { FleetCounts } from '~shared/report/fleet-matrix'
import { plural } from '~shared/report/report-text'

const useStyles = makeStyles({
  line: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
})

/** Props of {@link FleetSummary}. */
export interface FleetSummaryProps {
  readonly counts: FleetCounts
  readonly asOf: string
}

/** "3 servers as of 26 Nov 2026: 1 critical, 1 action required, 1 ready; 1 staging warning." */
export function FleetSummary({ counts, asOf }: FleetSummaryProps) {
  const styles = useStyles()
  const { critical, 'action-required': actionRequired, incomplete, ok } = counts.byVerdict
  const parts = [`${critical} critical`, `${actionRequired} action required`, `${incomplete} incomplete`, `${ok} ready`]
  return (
    <p className={styles.line} data-testid="fleet-summary">
      <strong>{plural(counts.servers, 'server')}</strong> as of {formatUserDate(asOf)}: {parts.join(', ')}; {plural(counts.stagingWarnings, 'staging warning')}.
    </p>
  )
}
