/**
 * The practice scenarios shipped with the app, in a dialog: pick one, and its server and as-of
 * date replace the current ones. Its own chunk, loaded when the Practice button is first pressed.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { formatUserDate, userDateFormatter } from '~renderer/components/locale-date'
import { PRACTICE_SCENARIOS, scenarioBrief } from '~shared/practice/scenarios'
import { NativeDialog } from '~renderer/components/native-dialog'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  dialog: { width: 'min(880px, calc(100vw - 48px))', maxHeight: 'calc(100vh - 48px)' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalM },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalL,
    alignItems: 'start',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  asOf: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  brief: { margin: 0 },
  text: { marginBlockStart: 0 },
})

/** Props of {@link PracticeScenariosDialog}. */
export interface PracticeScenariosDialogProps {
  readonly isOpen: boolean
  readonly onClose: () => void
}

/** The scenarios in a modal dialog; loading one closes it. */
export function PracticeScenariosDialog({ isOpen, onClose }: PracticeScenariosDialogProps) {
  const styles = useStyles()
  const loadPractice = useWizardStore((state) => state.loadPractice)
  const load = (id: string) => {
    onClose()
    void loadPractice(id)
  }
  return (
    <NativeDialog isOpen={isOpen} onClose={onClose} title="Practice scenarios" isModal className={styles.dialog}>
      <p className={styles.text}>Each scenario opens a prepared server as a separate practice walk with its own as-of date. Your open assessment is saved first and stays as it is; practice walks are never saved.</p>
      <ul className={styles.list} aria-label="Practice scenarios">
        {PRACTICE_SCENARIOS.map((scenario) => (
          <li key={scenario.id} className={styles.item} data-scenario={scenario.id}>
            <div>
              <h3 className={styles.title}>{scenario.title}</h3>
              <p className={styles.asOf}>As of {formatUserDate(scenario.asOf)}</p>
              <p className={styles.brief}>{scenarioBrief(scenario, userDateFormatter())}</p>
            </div>
            <Button appearance="primary" onClick={() => load(scenario.id)} aria-label={`Load: ${scenario.title}`}>
              Load
            </Button>
          </li>
        ))}
      </ul>
    </NativeDialog>
  )
}
