/**
 * Says so when the checks run as of another day than today ("Viewing as of 1 May 2027"), with the
 * way back, so a date chosen for a what-if never passes for today's answer.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { formatUserDate } from '~renderer/components/locale-date'
import { useWizardStore } from '~renderer/store/context'

/** The banner; nothing while the as-of date is today (or not known yet). */
export function AsOfBanner() {
  const asOf = useWizardStore((state) => state.asOf)
  const today = useWizardStore((state) => state.appInfo?.today)
  const backToToday = useWizardStore((state) => state.backToToday)
  if (asOf === undefined || today === undefined || asOf === today) {
    return null
  }
  return (
    <MessageBar intent="warning" data-testid="as-of-banner">
      <MessageBarBody>
        Viewing as of {formatUserDate(asOf)}, not today ({formatUserDate(today)}): every check and deadline is measured from that day.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={backToToday}>Back to today</Button>
      </MessageBarActions>
    </MessageBar>
  )
}
