/**
 * One saved assessment in the Assessments panel: customer, server, version, verdict and when it
 * was saved, so eight servers called AADC01 can be told apart; Open first, then compare with its
 * earlier run, rename, duplicate and delete (quieter, and asked first, in the row itself).
 */
import { Button, Checkbox, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { formatUserDate } from '~renderer/components/locale-date'
import type { AssessmentSummaryValue } from '~shared/ipc/assessment-schemas'
import { StatusBadge } from '~renderer/components/status-badge'
import { formatSavedAt } from '../header/save-status'

const useStyles = makeStyles({
  cell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, verticalAlign: 'top', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  confirm: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  secondary: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  strong: { fontWeight: tokens.fontWeightSemibold },
  nowrap: { whiteSpace: 'nowrap' },
})

/** What a row can ask the panel to do. */
export interface AssessmentRowActions {
  readonly onOpen: (id: string) => void
  /** Shows the compare workspace with this run as the later one. */
  readonly onCompare: (id: string) => void
  readonly onRename: (id: string, name: string) => void
  readonly onDuplicate: (id: string) => void
  readonly onDelete: (id: string) => void
  readonly onSelect: (id: string, isSelected: boolean) => void
}


/** One table row. */
export function AssessmentRow({ entry, isSelected, isCurrent, actions }: { readonly entry: AssessmentSummaryValue; readonly isSelected: boolean; readonly isCurrent: boolean; readonly actions: AssessmentRowActions }) {
  const styles = useStyles()
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view')
  const [name, setName] = useState(entry.name)
  return (
    <tr data-assessment={entry.id}>
      <td className={styles.cell}>
        <Checkbox checked={isSelected} onChange={(_event, data) => actions.onSelect(entry.id, data.checked === true)} aria-label={`Select ${entry.name}`} />
      </td>
      <td className={styles.cell}>{entry.customer === '' ? <span className={styles.secondary}>no customer</span> : entry.customer}</td>
      <td className={styles.cell}>
        {mode === 'rename' ? (
          <Input value={name} onChange={(_event, data) => setName(data.value)} aria-label={`New name for ${entry.name}`} maxLength={200} />
        ) : (
          <>
            <span className={styles.strong}>{entry.serverName === '' ? entry.name : entry.serverName}</span>
            {isCurrent ? ' (open)' : ''}
            {entry.serverName !== '' && entry.name !== entry.serverName ? <span className={styles.secondary}>{entry.name}</span> : null}
          </>
        )}
      </td>
      <td className={mergeClasses(styles.cell, styles.nowrap)}>{entry.version ?? 'not known'}</td>
      <td className={mergeClasses(styles.cell, styles.nowrap)}>
        {entry.verdict === undefined || entry.verdict === null ? 'not known' : <StatusBadge state={entry.verdict} />}
        {entry.asOf === null ? null : <span className={styles.secondary}>as of {formatUserDate(entry.asOf)}</span>}
      </td>
      <td className={mergeClasses(styles.cell, styles.nowrap)}>{formatSavedAt(entry.updatedAt)}</td>
      <td className={styles.cell}>
        {mode === 'confirm-delete' ? (
          <div className={styles.actions} role="group" aria-label={`Delete ${entry.name}?`}>
            <p className={styles.confirm}>Delete “{entry.name}”? This cannot be undone.</p>
            <Button appearance="primary" onClick={() => actions.onDelete(entry.id)}>
              Delete
            </Button>
            <Button onClick={() => setMode('view')}>Keep it</Button>
          </div>
        ) : mode === 'rename' ? (
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={name.trim() === ''}
              onClick={() => {
                actions.onRename(entry.id, name.trim())
                setMode('view')
              }}
            >
              Save name
            </Button>
            <Button onClick={() => setMode('view')}>Cancel</Button>
          </div>
        ) : (
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => actions.onOpen(entry.id)} aria-label={`Open ${entry.name}`}>
              Open
            </Button>
            <Button appearance="subtle" onClick={() => actions.onCompare(entry.id)} aria-label={`Compare ${entry.name}`}>
              Compare…
            </Button>
            <Button appearance="subtle" onClick={() => setMode('rename')} aria-label={`Rename ${entry.name}`}>
              Rename
            </Button>
            <Button appearance="subtle" onClick={() => actions.onDuplicate(entry.id)} aria-label={`Duplicate ${entry.name}`}>
              Duplicate
            </Button>
            <Button appearance="subtle" onClick={() => setMode('confirm-delete')} aria-label={`Delete ${entry.name}`}>
              Delete
            </Button>
          </div>
        )}
      </td>
    </tr>
  )
}
