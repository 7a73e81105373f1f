/**
 * Connect Sync beside Cloud Sync for what this server uses, from the rule pack's capability
 * matrix: what would stay the same, be limited, go, or be gained.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import type { Support } from '~shared/rules/pack/cloud-sync-matrix'
import { SectionCard } from '~renderer/components/section-card'
import { SimpleTable } from '~renderer/components/simple-table'
import { useWizardStore } from '~renderer/store/context'
import { selectServerComparison } from '~renderer/store/plan-selectors'

const useStyles = makeStyles({
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  support: { width: '112px' },
  capabilityColumn: { width: '28%' },
  capability: { fontWeight: tokens.fontWeightSemibold },
})

const SUPPORT_TEXT: Readonly<Record<Support, string>> = { yes: 'Yes', no: 'No', limited: 'Limited', contested: 'Sources disagree' }

/** The side-by-side card. */
export function CapabilityComparison() {
  const styles = useStyles()
  const comparison = useWizardStore(selectServerComparison)
  const columns = [
    { title: 'Capability', className: styles.capabilityColumn },
    { title: 'Connect Sync', className: styles.support },
    { title: 'Cloud Sync', className: styles.support },
    { title: 'For this server' },
  ]
  const rows = comparison.rows.map((row) => ({
    key: row.id,
    dataKey: row.id,
    cells: [row.label, SUPPORT_TEXT[row.connectSync], SUPPORT_TEXT[row.cloudSync], row.forThisServer],
    cellClassNames: [styles.capability, styles.support, styles.support, undefined],
  }))
  return (
    <SectionCard title="What changes for this server" dataSection="cloud-sync-comparison">
      <SimpleTable size="small" label="Connect Sync and Cloud Sync side by side" columns={columns} rows={rows} />
      <p className={styles.text}>
        {comparison.otherCount === 0
          ? 'Every capability in the comparison is listed.'
          : `${comparison.otherCount} more capabilities in the comparison are not used by this server.`}
      </p>
    </SectionCard>
  )
}
