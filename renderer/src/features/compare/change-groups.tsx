/**
 * The rules grouped by how they changed: newly failing first, then fixed, then changed, each a
 * table (rule, status then → now, message then and now); the unchanged ones folded away.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import type { RuleChange, RuleComparison } from '~shared/report/compare-runs'
import { SimpleTable } from '~renderer/components/simple-table'
import { CHANGE_PRESENTATION, CHANGES_IN_ORDER } from './change-presentation'
import { StatusChange } from './status-change'

const useStyles = makeStyles({
  group: { display: 'grid', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { cursor: 'pointer', paddingBlock: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summaryTitle: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, marginInlineStart: tokens.spacingHorizontalXS },
  details: { display: 'block' },
  rule: { width: '26%' },
  status: { width: '210px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  message: { margin: 0, color: tokens.colorNeutralForeground2 },
  cell: { paddingBlock: tokens.spacingVerticalS, verticalAlign: 'top' },
  none: { margin: 0 },
})

function ChangeTable({ change, rules }: { readonly change: RuleChange; readonly rules: readonly RuleComparison[] }) {
  const styles = useStyles()
  const columns = [{ title: 'Check', className: styles.rule }, { title: 'Status then → now', className: styles.status }, { title: 'Then' }, { title: 'Now' }]
  const rows = rules.map((rule) => ({
    key: rule.ruleId,
    dataKey: rule.ruleId,
    cellClassNames: [styles.cell, styles.cell, styles.cell, styles.cell],
    cells: [
      <>
        <div className={styles.title}>{rule.title}</div>
        <div className={styles.ruleId}>{rule.ruleId}</div>
      </>,
      <StatusChange key="status" before={rule.before} after={rule.after} />,
      <p key="then" className={styles.message}>
        {rule.messageBefore ?? 'Not checked in this run.'}
      </p>,
      <p key="now" className={styles.message}>
        {rule.messageAfter ?? 'Not checked in this run.'}
      </p>,
    ],
  }))
  return <SimpleTable label={CHANGE_PRESENTATION[change].label} columns={columns} rows={rows} />
}

function GroupTitle({ change, count }: { readonly change: RuleChange; readonly count: number }) {
  const { label, Icon } = CHANGE_PRESENTATION[change]
  return (
    <>
      <Icon aria-hidden />
      {label} ({count})
    </>
  )
}

/** Every rule of the comparison, by kind of change. */
export function ChangeGroups({ rules }: { readonly rules: readonly RuleComparison[] }) {
  const styles = useStyles()
  return CHANGES_IN_ORDER.map((change) => {
    const group = rules.filter((rule) => rule.change === change)
    const body = group.length === 0 ? <p className={styles.none}>{CHANGE_PRESENTATION[change].none}</p> : <ChangeTable change={change} rules={group} />
    if (change === 'unchanged') {
      return (
        <details key={change} className={styles.details} data-change={change}>
          <summary className={styles.summary}>
            <span className={styles.summaryTitle}>
              <GroupTitle change={change} count={group.length} />
            </span>
          </summary>
          {body}
        </details>
      )
    }
    return (
      <section key={change} className={styles.group} aria-label={`${CHANGE_PRESENTATION[change].label} (${group.length})`} data-change={change}>
        <h3 className={styles.heading}>
          <GroupTitle change={change} count={group.length} />
        </h3>
        {body}
      </section>
    )
  })
}
