/**
 * Where saving the current assessment stands: "Saved 10:42", "Saving…", "Not saved: <reason>", or
 * "Practice: not saved" while a practice scenario is shown.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { toLocalIsoDate } from '~shared/dates/iso-date'
import { formatUserDate } from '~renderer/components/locale-date'
import { useWizardStore } from '~renderer/store/context'
import type { SaveStatus } from '~renderer/store/assessment-slice'

// A slot of its own width, so "Saving…" and "Saved 10:42" never move the header's buttons.
const slot = { display: 'inline-block', minWidth: '17ch', fontSize: tokens.fontSizeBase200 } as const
const useStyles = makeStyles({
  status: { ...slot, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  failed: { ...slot, color: tokens.colorPaletteRedForeground1 },
})

/** The local time of an ISO instant as hours and minutes ("10:42"). */
export function formatSavedTime(at: string): string {
  const date = new Date(at)
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
}

/**
 * The local calendar date and time of an ISO instant ("8 Dec 2026, 00:30"): both in the machine's
 * time zone, so a save just after midnight shows today's date beside its time, not UTC's.
 */
export function formatSavedAt(at: string): string {
  const date = new Date(at)
  if (Number.isNaN(date.getTime())) {
    return ''
  }
  return `${formatUserDate(toLocalIsoDate(date))}, ${formatSavedTime(at)}`
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
  const isPractice = useWizardStore((state) => state.practiceId !== undefined)
  return (
    <span role="status" aria-live="polite" className={status.kind === 'failed' ? styles.failed : styles.status} data-testid="save-status">
      {isPractice ? 'Practice: not saved' : saveStatusText(status)}
    </span>
  )
}
