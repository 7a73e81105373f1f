/**
 * Step 1: the server's install details. Several ways in (open, drop, paste, collect) and the
 * form; every input is a layer of one document, and disagreements are shown, not hidden.
 *
 * The first frame draws the introduction, the ways in and the form; "About this assessment", below
 * the form, follows once it is painted (drawn above it later, a card would push the form down).
 */
import { makeStyles } from '@fluentui/react-components'
import { AfterFirstPaint } from '~renderer/components/after-first-paint'
import { SectionCard } from '~renderer/components/section-card'
import { LaterAboutCard } from '../wizard/later'
import { DetailsInputs } from './details-inputs'
import { FileDropTarget } from './drop-zone'
import { ManualForm } from './manual-form'

const useStyles = makeStyles({
  intro: { margin: 0, maxWidth: '80ch' },
})

/** The install-details step. */
export function InstallDetailsStep() {
  const styles = useStyles()
  return (
    <FileDropTarget>
      <p className={styles.intro}>
        Bring in what you know about the Entra Connect server; the format is detected. Several inputs merge into one
        server, and where they disagree you choose. Leave a field empty if you don&apos;t know it: the checks then say
        &quot;unknown&quot; rather than guess.
      </p>
      <DetailsInputs />
      <SectionCard title="Install details form" dataSection="form">
        <ManualForm />
      </SectionCard>
      <AfterFirstPaint>
        <LaterAboutCard />
      </AfterFirstPaint>
    </FileDropTarget>
  )
}
