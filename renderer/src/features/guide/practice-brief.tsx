/**
 * While a practice scenario is loaded: its title and brief above every step.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { DismissRegular, HatGraduation20Regular } from '@fluentui/react-icons'
import { userDateFormatter } from '~renderer/components/locale-date'
import { findPracticeScenario, scenarioBrief } from '~shared/practice/scenarios'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  brief: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    '@media print': { display: 'none' },
  },
  icon: { marginBlockStart: tokens.spacingVerticalXXS, color: tokens.colorBrandForeground1 },
  text: { margin: 0, maxWidth: '100ch' },
  title: { fontWeight: tokens.fontWeightSemibold },
})

/** The brief of the loaded scenario; nothing when none is loaded. */
export function PracticeBrief() {
  const styles = useStyles()
  const practiceId = useWizardStore((state) => state.practiceId)
  const leavePractice = useWizardStore((state) => state.leavePractice)
  const scenario = practiceId === undefined ? undefined : findPracticeScenario(practiceId)
  if (scenario === undefined) {
    return null
  }
  return (
    <aside className={styles.brief} aria-label="Practice scenario">
      <HatGraduation20Regular className={styles.icon} aria-hidden />
      <p className={styles.text}>
        <span className={styles.title}>Practice: {scenario.title}. </span>
        {scenarioBrief(scenario, userDateFormatter())}
      </p>
      <Button appearance="transparent" size="small" aria-label="Hide the practice brief" icon={<DismissRegular />} onClick={leavePractice} />
    </aside>
  )
}
