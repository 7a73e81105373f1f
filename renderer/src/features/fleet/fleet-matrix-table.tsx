/**
 * The fleet's matrix: one row per server (most urgent first) with its verdict, counts, the worst
 * status of each wizard step, the next deadline, and a way into its walk.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { ArrowRight16Regular, Warning16Filled } from '@fluentui/react-icons'
import type { FleetRow } from '~shared/report/fleet-matrix'
import { plural, RULE_STEP_TITLES } from '~shared/report/report-text'
import type { RuleStep } from '~shared/rules/types'
import { CloudSyncFitText, StatusText } from './status-text'
import { useFleetTableStyles } from './table-styles'

const useStyles = makeStyles({
  number: { whiteSpace: 'nowrap' },
  deadline: { minWidth: '180px' },
  warning: { display: 'flex', alignItems: 'start', columnGap: tokens.spacingHorizontalXS, color: tokens.colorStatusWarningForeground3, fontSize: tokens.fontSizeBase200 },
  unconfirmed: { fontStyle: 'italic' },
  none: { color: tokens.colorNeutralForeground3 },
  open: { whiteSpace: 'nowrap' },
})

/** Props of {@link FleetMatrixTable}. */
export interface FleetMatrixTableProps {
  readonly rows: readonly FleetRow[]
  readonly steps: readonly RuleStep[]
  readonly onOpen: (key: string) => void
}

function NextDeadline({ row }: { readonly row: FleetRow }) {
  const styles = useStyles()
  const table = useFleetTableStyles()
  const broken = row.brokenSince
  if (broken !== undefined) {
    const ago = -broken.daysFromAsOf
    return (
      <>
        <span className={table.serverName}>
          {broken.isUnconfirmed ? 'Probably broken' : 'Broken'} since {broken.dateText}, {ago === 0 ? 'today' : ago === 1 ? '1 day ago' : `${ago.toLocaleString('en-US')} days ago`}
        </span>
        <span className={table.detail}>{broken.label}</span>
      </>
    )
  }
  const next = row.nextDeadline
  if (next === undefined) {
    return <span className={styles.none}>none ahead</span>
  }
  return (
    <>
      <span className={table.serverName}>
        {next.dateText}, {next.daysFromAsOf === 1 ? 'in 1 day' : `in ${next.daysFromAsOf.toLocaleString('en-US')} days`}
      </span>
      <span className={table.detail}>
        {next.label}
        {next.isUnconfirmed ? <span className={styles.unconfirmed}> (unconfirmed)</span> : null}
      </span>
    </>
  )
}

/** The matrix of servers by steps. */
export function FleetMatrixTable({ rows, steps, onOpen }: FleetMatrixTableProps) {
  const styles = useStyles()
  const table = useFleetTableStyles()
  return (
    // Focusable, so a keyboard can scroll a table wider than the window.
    <div className={table.scroll} tabIndex={0} role="region" aria-label="Servers by urgency (scrolls sideways)">
      <table className={table.table} aria-label="Servers by urgency">
        <thead>
          <tr>
            <th scope="col" className={table.columnHeader}>
              Server
            </th>
            <th scope="col" className={table.columnHeader}>
              Verdict
            </th>
            <th scope="col" className={table.columnHeader}>
              Fails, warnings
            </th>
            {steps.map((step) => (
              <th key={step} scope="col" className={table.columnHeader}>
                {RULE_STEP_TITLES[step]}
              </th>
            ))}
            <th scope="col" className={mergeClasses(table.columnHeader, styles.deadline)}>
              Deadline
            </th>
            <th scope="col" className={table.columnHeader}>
              Walk
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row-key={row.key}>
              <th scope="row" className={table.rowHeader}>
                <span className={table.serverName}>{row.title}</span>
                <span className={table.detail}>
                  {[
                    row.customer,
                    row.fqdn === undefined || row.fqdn.toLowerCase() === row.title.toLowerCase() ? '' : row.fqdn,
                    row.version ?? 'version unknown',
                    row.source === row.title ? '' : row.source,
                    row.earlierRuns === 0 ? '' : `newest of ${row.earlierRuns + 1} runs (Compare runs shows the others)`,
                  ]
                    .filter((part) => part !== '')
                    .join(' · ')}
                </span>
                {row.stagingWarning === undefined ? null : (
                  <span className={styles.warning}>
                    <Warning16Filled aria-hidden />
                    Staging pair warning
                  </span>
                )}
              </th>
              <td className={table.cell}>
                <StatusText state={row.verdict} isStrong />
              </td>
              <td className={mergeClasses(table.cell, styles.number)}>
                {plural(row.failCount, 'fail')}, {plural(row.warnCount, 'warning')}
              </td>
              {steps.map((step) => {
                const status = row.steps[step]
                return (
                  <td key={step} className={table.cell}>
                    {status === null ? (
                      <span className={styles.none}>no findings</span>
                    ) : step === 'cloudsync' ? (
                      <CloudSyncFitText state={status} />
                    ) : (
                      <StatusText state={status} />
                    )}
                  </td>
                )
              })}
              <td className={table.cell}>
                <NextDeadline row={row} />
              </td>
              <td className={table.cell}>
                <Button size="small" className={styles.open} icon={<ArrowRight16Regular />} iconPosition="after" aria-label={`Open walk of ${row.title}`} onClick={() => onOpen(row.key)}>
                  Open walk
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
