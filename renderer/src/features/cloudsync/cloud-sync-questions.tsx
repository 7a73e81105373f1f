/**
 * The Cloud Sync questions: facts already known answer them (each says which fact and from
 * where); the user answers the rest, which sets the fact for every step.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { SectionCard } from '../../components/section-card'
import { useWizardStore } from '../../store/context'
import { selectCloudSyncAnswers } from '../../store/plan-selectors'
import { QuestionField, type Answer } from './question-field'

/** The source label of answers given here. */
export const ANSWERED_IN_WIZARD = 'answered in the wizard'

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
})

/** The questions card. */
export function CloudSyncQuestions() {
  const styles = useStyles()
  const answers = useWizardStore(selectCloudSyncAnswers)
  const answerFact = useWizardStore((state) => state.answerFact)
  const open = answers.filter((answer) => answer.value === undefined).length
  const onAnswer = (path: string, value: Answer) => answerFact(path, value, ANSWERED_IN_WIZARD)
  return (
    <SectionCard
      title="What this server uses"
      dataSection="cloud-sync-questions"
      aside={<span className={styles.count}>{open === 0 ? 'All answered' : `${open} of ${answers.length} not answered`}</span>}
    >
      <p className={styles.text}>
        Facts from the install details answer what they can. Change an answer or give the missing ones; they count on every step.
      </p>
      <div className={styles.grid}>
        {answers.map((question) => (
          <QuestionField key={question.path} question={question} onAnswer={onAnswer} />
        ))}
      </div>
    </SectionCard>
  )
}
