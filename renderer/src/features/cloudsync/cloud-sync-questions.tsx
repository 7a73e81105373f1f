/**
 * The Cloud Sync questions: what the inputs answer (a fact in a file, or the server's inventory,
 * each saying where from) is shown as answered, with a way to change it; only what they do not
 * answer is asked. An answer given here sets the fact for every step.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { AnsweredQuestion } from '~shared/cloudsync/questions'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'
import { ANSWERED_IN_WIZARD } from '~renderer/store/input-layers'
import { selectCloudSyncAnswers } from '~renderer/store/plan-selectors'
import { isYourAnswer, provenanceLine, QuestionField, type Answer } from './question-field'

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'start',
    '& > *': { minWidth: 0 },
  },
  count: { color: tokens.colorNeutralForeground2 },
  text: { margin: 0, maxWidth: '80ch' },
  heading: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  answers: { margin: 0, padding: 0, listStyle: 'none', display: 'grid', rowGap: tokens.spacingVerticalS },
  answer: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  label: { fontWeight: tokens.fontWeightSemibold },
  source: { color: tokens.colorNeutralForeground2, flexBasis: '100%' },
  disagrees: { color: tokens.colorPaletteDarkOrangeForeground1, flexBasis: '100%' },
})

/** Answered by the inputs (a file or the inventory), or changed by you against what a file says. */
function isFromInputs(question: AnsweredQuestion): boolean {
  return question.value !== undefined && (!isYourAnswer(question.source) || question.disagreements.length > 0)
}

function AnsweredRow({ question, onAnswer }: { readonly question: AnsweredQuestion; readonly onAnswer: (path: string, value: Answer) => void }) {
  const styles = useStyles()
  const [isChanging, setChanging] = useState(false)
  if (isChanging) {
    return (
      <li data-answered={question.path}>
        <QuestionField question={question} onAnswer={onAnswer} />
        <Button appearance="subtle" size="small" onClick={() => setChanging(false)}>
          Done
        </Button>
      </li>
    )
  }
  return (
    <li className={styles.answer} data-answered={question.path}>
      <span className={styles.label}>{question.label}</span>
      <Button appearance="subtle" size="small" aria-label={`Change: ${question.label}`} onClick={() => setChanging(true)}>
        Change
      </Button>
      <span className={question.disagreements.length > 0 ? styles.disagrees : styles.source}>{provenanceLine(question)}</span>
    </li>
  )
}

/** The questions card. */
export function CloudSyncQuestions() {
  const styles = useStyles()
  const answers = useWizardStore(selectCloudSyncAnswers)
  const answerFact = useWizardStore((state) => state.answerFact)
  const fromInputs = answers.filter(isFromInputs)
  const asked = answers.filter((question) => !isFromInputs(question))
  const open = asked.filter((question) => question.value === undefined).length
  const onAnswer = (path: string, value: Answer) => answerFact(path, value, ANSWERED_IN_WIZARD)
  return (
    <SectionCard
      title="What this server uses"
      dataSection="cloud-sync-questions"
      aside={<span className={styles.count}>{open === 0 ? 'All answered' : `${open} of ${answers.length} not answered`}</span>}
    >
      <p className={styles.text}>
        Your files answer what they can; you answer the rest. Change any answer if you know better: your answer counts on every step, and
        a file that says otherwise is still shown.
      </p>
      {fromInputs.length > 0 ? (
        <section data-group="answered">
          <h3 className={styles.heading}>Answered from your files ({fromInputs.length})</h3>
          <ul className={styles.answers}>
            {fromInputs.map((question) => (
              <AnsweredRow key={question.path} question={question} onAnswer={onAnswer} />
            ))}
          </ul>
        </section>
      ) : null}
      {asked.length > 0 ? (
        <section data-group="asked">
          <h3 className={styles.heading}>{fromInputs.length > 0 ? `Still to answer (${asked.length})` : 'Questions'}</h3>
          <div className={styles.grid}>
            {asked.map((question) => (
              <QuestionField key={question.path} question={question} onAnswer={onAnswer} />
            ))}
          </div>
        </section>
      ) : null}
    </SectionCard>
  )
}
