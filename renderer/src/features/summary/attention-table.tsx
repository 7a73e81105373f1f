/**
 * Every failing or warning finding across the steps, with a way to go to its step.
 */
import { Link, makeStyles, tokens } from '@fluentui/react-components'
import type { Finding } from '~shared/rules/types'
import { SimpleTable } from '~renderer/components/simple-table'
import { StatusBadge } from '~renderer/components/status-badge'
import { stepTitle, type WizardStep } from '~renderer/store/steps'

/** Props of {@link AttentionTable}. */
export interface AttentionTableProps {
  readonly findings: readonly Finding[]
  readonly onGoTo: (step: WizardStep) => void
}

const useStyles = makeStyles({
  status: { width: '140px' },
  step: { width: '220px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  message: { margin: 0, color: tokens.colorNeutralForeground2 },
  cell: { paddingBlock: tokens.spacingVerticalS },
})

/** A table of the findings that need attention; Cloud Sync rows say they are advice only. */
export function AttentionTable({ findings, onGoTo }: AttentionTableProps) {
  const styles = useStyles()
  if (findings.length === 0) {
    return <p>Nothing fails or warns.</p>
  }
  const columns = [
    { title: 'Status', className: styles.status },
    { title: 'Finding' },
    { title: 'Step', className: styles.step },
  ]
  const rows = findings.map((finding) => ({
    key: finding.ruleId,
    dataKey: finding.ruleId,
    cellClassNames: [styles.cell, styles.cell, styles.cell],
    cells: [
      <StatusBadge key="status" state={finding.status} />,
      <>
        <div className={styles.title}>{finding.title}</div>
        <p className={styles.message}>{finding.message}</p>
      </>,
      <>
        <Link as="button" onClick={() => onGoTo(finding.step)}>
          {stepTitle(finding.step)}
        </Link>
        {finding.step === 'cloudsync' ? ' (advice only)' : null}
      </>,
    ],
  }))
  return <SimpleTable label="Findings that fail or warn" columns={columns} rows={rows} />
}
