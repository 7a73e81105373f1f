/**
 * "About this assessment": the name it is saved under, the customer, the staging partner and the
 * consultant's notes. Saved with the assessment like every other change; the customer and the
 * staging partner are what the fleet view pairs a primary and its staging server by.
 */
import { Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { UNTITLED } from '~renderer/store/assessment-slice'

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
})

/** The assessment's own fields. */
export function AssessmentAbout() {
  const styles = useStyles()
  const meta = useWizardStore((state) => state.assessment)
  const serverName = useWizardStore((state) => (typeof state.details.server?.name === 'string' ? state.details.server.name : ''))
  const editAssessment = useWizardStore((state) => state.editAssessment)
  return (
    <>
      <div className={styles.row}>
        <Field label="Assessment name" hint="Left empty, the server's name is used.">
          <Input value={meta.name} placeholder={serverName.trim() || UNTITLED} onChange={(_event, data) => editAssessment({ name: data.value })} />
        </Field>
        <Field label="Customer" hint="Groups servers in the fleet view and its reports.">
          <Input value={meta.customer} onChange={(_event, data) => editAssessment({ customer: data.value })} />
        </Field>
        <Field label="Staging partner" hint="The other server of an active/staging pair, by server name.">
          <Input value={meta.pairWith} onChange={(_event, data) => editAssessment({ pairWith: data.value })} />
        </Field>
      </div>
      <Field label="Notes" hint="Saved with the assessment; never put in reports.">
        <Textarea value={meta.notes} resize="vertical" onChange={(_event, data) => editAssessment({ notes: data.value })} />
      </Field>
    </>
  )
}

/** The card "About this assessment", below the install-details form. */
export function AboutCard() {
  return (
    <SectionCard title="About this assessment" dataSection="about">
      <AssessmentAbout />
    </SectionCard>
  )
}
