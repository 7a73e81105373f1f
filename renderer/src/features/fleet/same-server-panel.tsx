/**
 * Rows that may be two runs of one server: only their short name agrees (no FQDN, tenant or
 * customer tells them apart), so they are not folded silently. The user is asked "Same server,
 * later run?"; accepting saves the link on the newer assessment and folds the rows.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { Assessment } from '~shared/assessments/assessment'
import type { PossibleSameServer } from '~shared/report/fleet-runs'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectPossiblySameServers } from '~renderer/store/fleet-selectors'

/** How many questions are shown at once. */
const MAX_SHOWN = 10

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalM },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  text: { margin: 0, flexGrow: 1, minWidth: '20ch' },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
})

function nameOf(assessments: readonly Assessment[] | undefined, id: string): string {
  return assessments?.find((assessment) => assessment.id === id)?.name ?? 'another assessment'
}

function Question({ offer, assessments }: { readonly offer: PossibleSameServer; readonly assessments: readonly Assessment[] | undefined }) {
  const styles = useStyles()
  const link = useWizardStore((state) => state.linkFleetRuns)
  const [isSaving, setSaving] = useState(false)
  const newer = nameOf(assessments, offer.newerId)
  const older = nameOf(assessments, offer.olderId)
  return (
    <li className={styles.item} data-same-server={offer.shortName}>
      <p className={styles.text}>
        “{newer}” and “{older}” are both {offer.shortName}. Same server, later run?
      </p>
      <Button
        disabled={isSaving}
        aria-label={`Same server: show “${newer}” as the later run of “${older}”`}
        onClick={() => {
          setSaving(true)
          void link(offer.newerId, offer.olderId).finally(() => setSaving(false))
        }}
      >
        Same server, later run
      </Button>
    </li>
  )
}

/** The questions, or nothing when every server is told apart. */
export function SameServerPanel() {
  const styles = useStyles()
  const offers = useWizardStore(selectPossiblySameServers)
  const assessments = useWizardStore((state) => state.fleetAssessments)
  if (offers.length === 0) {
    return null
  }
  return (
    <SectionCard title="Same server, later run?" dataSection="fleet-same-server">
      <p className={styles.muted}>
        These servers share a name, and nothing else saved tells them apart (no full computer name, tenant or customer). Each is shown as its own row until you say they are one server.
      </p>
      <ul className={styles.list}>
        {offers.slice(0, MAX_SHOWN).map((offer) => (
          <Question key={`${offer.newerId} ${offer.olderId}`} offer={offer} assessments={assessments} />
        ))}
      </ul>
      {offers.length > MAX_SHOWN ? <p className={styles.muted}>{offers.length - MAX_SHOWN} more after these.</p> : null}
    </SectionCard>
  )
}
