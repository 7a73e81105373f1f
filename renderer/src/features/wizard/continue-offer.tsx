/**
 * On an empty walk, the offer to pick up where the user left off: "Continue AADC01 · Critical ·
 * saved 21:55", the newest saved assessment. Gone once anything is entered, opened or dismissed.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { STATE_PRESENTATION } from '~renderer/components/status-presentation'
import { useWizardStore } from '~renderer/store/context'
import { hasAnyFact } from '~renderer/store/selectors'
import { formatSavedTime } from '../header/save-status'

/** The offer; nothing when there is nothing to continue or the walk is in use. */
export function ContinueOffer() {
  const [isDismissed, setDismissed] = useState(false)
  const newest = useWizardStore((state) => state.assessmentList?.entries[0])
  const isEmptyWalk = useWizardStore((state) => state.assessment.id === undefined && state.practiceId === undefined && state.inputs.length === 0 && !hasAnyFact(state.details))
  const openAssessment = useWizardStore((state) => state.openAssessment)
  if (isDismissed || newest === undefined || !isEmptyWalk) {
    return null
  }
  const server = newest.serverName === '' ? newest.name : newest.serverName
  const parts = [
    server,
    ...(newest.customer === '' ? [] : [newest.customer]),
    ...(newest.verdict === undefined || newest.verdict === null ? [] : [STATE_PRESENTATION[newest.verdict].label]),
    `saved ${formatSavedTime(newest.updatedAt)}`,
  ]
  return (
    <MessageBar intent="info" data-testid="continue-offer">
      <MessageBarBody>Continue {parts.join(' · ')}?</MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label="Start fresh instead" icon={<DismissRegular />} onClick={() => setDismissed(true)} />}>
        <Button appearance="primary" onClick={() => void openAssessment(newest.id)}>
          Continue {server}
        </Button>
      </MessageBarActions>
    </MessageBar>
  )
}
