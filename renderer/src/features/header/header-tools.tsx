/**
 * The header's controls after its title: the view switcher, then the save status and saved
 * assessments, the guide's tools, the as-of date every check uses, and the rule pack in use.
 * Drawn after the first frame (`features/wizard/later-parts.ts`).
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
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS },
  date: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
})

/** The view switcher and the tools, with the as-of date control. */
export function HeaderTools() {
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
    <>
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
    </>
  )
}
