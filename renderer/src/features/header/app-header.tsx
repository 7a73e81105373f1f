/**
 * The header: the app's title, the save status and saved assessments, the as-of date every check
 * uses, and the rule pack in use (its indicator).
 */
import { Button, Input, Label, makeStyles, tokens, useId } from '@fluentui/react-components'
import { DocumentAdd20Regular } from '@fluentui/react-icons'
import { useWizardStore } from '~renderer/store/context'
import { AssessmentsDialog } from '../assessments/assessments-dialog'
import { GuideTools } from '../guide/guide-tools'
import { RulePackIndicator } from './rule-pack-indicator'
import { SaveStatusText } from './save-status'
import { ViewSwitcher } from './view-switcher'

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    '@media print': { display: 'none' },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS },
  date: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
})

/** The app header with the as-of date control. */
export function AppHeader() {
  const styles = useStyles()
  const inputId = useId('as-of')
  const asOf = useWizardStore((state) => state.asOf)
  const setAsOf = useWizardStore((state) => state.setAsOf)
  // A practice scenario sets the date from outside: the uncontrolled input is re-created to show it.
  const practiceLoads = useWizardStore((state) => state.practiceLoads)
  const assessmentLoads = useWizardStore((state) => state.assessmentLoads)
  const asOfResets = useWizardStore((state) => state.asOfResets)
  const startNewAssessment = useWizardStore((state) => state.startNewAssessment)
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>Entra Connect upgrade readiness</h1>
      <ViewSwitcher />
      <div className={styles.tools}>
        <SaveStatusText />
        <Button icon={<DocumentAdd20Regular />} onClick={() => void startNewAssessment()}>
          New assessment
        </Button>
        <AssessmentsDialog />
        <GuideTools />
        <div className={styles.date}>
          <Label htmlFor={inputId} weight="semibold">
            Checks as of
          </Label>
          {/* Uncontrolled: a half-edited date must stay in the input; only whole dates reach the store. */}
          <Input
            id={inputId}
            key={asOf === undefined ? 'waiting' : `ready-${practiceLoads}-${assessmentLoads}-${asOfResets}`}
            type="date"
            defaultValue={asOf}
            disabled={asOf === undefined}
            onChange={(_event, data) => setAsOf(data.value)}
          />
        </div>
        <RulePackIndicator />
      </div>
    </header>
  )
}
