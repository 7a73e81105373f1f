/**
 * Where saving the current assessment stands: "Saved 10:42", "Saving…" or "Not saved: <reason>".
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { useWizardStore } from '../../store/context'
import type { SaveStatus } from '../../store/assessment-slice'

const useStyles = makeStyles({
  status: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  failed: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteRedForeground1 },
})

/** The local time of an ISO instant as hours and minutes ("10:42"). */
export function formatSavedTime(at: string): string {
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}

/** The status text for `status`; empty while nothing was saved yet. */
export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return ''
    case 'saving':
      return 'Saving…'
    case 'saved':
      return `Saved ${formatSavedTime(status.at)}`
    case 'failed':
      return `Not saved: ${status.reason}`
  }
}

/** The save status, announced politely to screen readers. */
export function SaveStatusText() {
  const styles = useStyles()
  const status = useWizardStore((state) => state.saveStatus)
  return (
    <span role="status" aria-live="polite" className={status.kind === 'failed' ? styles.failed : styles.status} data-testid="save-status">
      {saveStatusText(status)}
    </span>
  )
}
