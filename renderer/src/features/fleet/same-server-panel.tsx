/**
 * Rows that may be runs of one server: one of them is known by its short name alone (no FQDN,
 * tenant or customer tells it apart), so it is not folded silently. One question per such run
 * names every row it may be a run of; choosing one saves the link on the newer of the two and
 * folds the rows. The questions wait behind a one-line notice, so the fleet's answer (the summary
 * and the server table) comes first.
 */
import { Button, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { plural } from '~shared/report/report-text'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { selectRepeatQuestions, type RepeatQuestion } from '~renderer/store/fleet-selectors'
import { candidateLabel, questionLead, questionReason, repeatsNotice } from './repeat-question'

/** How many questions are shown at once. */
const MAX_SHOWN = 10

/** The choice that keeps the rows apart. */
const DIFFERENT = 'different'

const useStyles = makeStyles({
  notice: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalL },
  fieldset: { margin: 0, padding: 0, border: 'none', display: 'grid', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
})

function Question({ question, onDifferent }: { readonly question: RepeatQuestion; readonly onDifferent: () => void }) {
  const styles = useStyles()
  const link = useWizardStore((state) => state.linkFleetRuns)
  const [choice, setChoice] = useState<string>('')
  const [isSaving, setSaving] = useState(false)
  const { subject } = question
  const save = () => {
    const chosen = question.candidates.find((candidate) => candidate.id === choice)
    if (chosen === undefined) {
      onDifferent()
      return
    }
    // The link is saved on the newer run of the two.
    const [newer, older] = chosen.savedAt > subject.savedAt ? [chosen, subject] : [subject, chosen]
    setSaving(true)
    void link(newer.id, older.id).finally(() => setSaving(false))
  }
  return (
    <li data-same-server={subject.shortName} data-repeat-subject={subject.id}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{questionLead(question)}</legend>
        <p className={styles.muted}>{questionReason(question)}</p>
        <RadioGroup value={choice} onChange={(_event, data) => setChoice(data.value)}>
          {question.candidates.map((candidate) => (
            <Radio key={candidate.id} value={candidate.id} label={`Same server: ${candidateLabel(candidate)}`} />
          ))}
          <Radio value={DIFFERENT} label="A different server: keep it as its own row" />
        </RadioGroup>
        <div className={styles.actions}>
          <Button disabled={isSaving || choice === ''} onClick={save}>
            Save answer
          </Button>
        </div>
      </fieldset>
    </li>
  )
}

/** The one-line notice with its "Review" toggle, and the questions once opened; nothing when every server is told apart. */
export function SameServerPanel() {
  const styles = useStyles()
  const all = useWizardStore(selectRepeatQuestions)
  const [isOpen, setOpen] = useState(false)
  // "A different server" is kept for this visit only: the saved model has no field for it yet.
  const [apart, setApart] = useState<ReadonlySet<string>>(new Set())
  const questions = all.filter((question) => !apart.has(question.subject.id))
  if (questions.length === 0) {
    return null
  }
  const count = questions.length
  return (
    <>
      <p className={styles.notice} data-testid="fleet-repeats-notice">
        <span>{repeatsNotice(count)}</span>
        <Button size="small" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
          {isOpen ? 'Hide the question' + (count === 1 ? '' : 's') : `Review ${plural(count, 'possible repeat')}`}
        </Button>
      </p>
      {isOpen ? (
        <SectionCard title="Same server, later run?" dataSection="fleet-same-server">
          <ul className={styles.list}>
            {questions.slice(0, MAX_SHOWN).map((question) => (
              <Question key={question.subject.id} question={question} onDifferent={() => setApart(new Set([...apart, question.subject.id]))} />
            ))}
          </ul>
          {count > MAX_SHOWN ? <p className={styles.muted}>{count - MAX_SHOWN} more after these.</p> : null}
        </SectionCard>
      ) : null}
    </>
  )
}
