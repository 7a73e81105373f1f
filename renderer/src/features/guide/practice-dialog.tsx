/**
 * The practice scenarios shipped with the app: pick one, and its server and as-of date replace
 * the current ones.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { HatGraduation20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { formatDate } from '../../../../shared/dates/iso-date'
import { PRACTICE_SCENARIOS } from '../../../../shared/practice/scenarios'
import { NativeDialog } from '../../components/native-dialog'
import { useWizardStore } from '../../store/context'

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

/** The header's Practice button and the dialog it opens. */
export function PracticeDialog() {
  const styles = useStyles()
  const [isOpen, setIsOpen] = useState(false)
  const loadPractice = useWizardStore((state) => state.loadPractice)
  const load = (id: string) => {
    setIsOpen(false)
    loadPractice(id)
  }
  return (
    <>
      <Button icon={<HatGraduation20Regular />} aria-haspopup="dialog" onClick={() => setIsOpen(true)}>
        Practice
      </Button>
      <NativeDialog isOpen={isOpen} onClose={() => setIsOpen(false)} title="Practice scenarios" isModal className={styles.dialog}>
        <p className={styles.text}>Each scenario replaces the install details and the as-of date with a prepared server. Your own entries are not kept.</p>
        <ul className={styles.list} aria-label="Practice scenarios">
          {PRACTICE_SCENARIOS.map((scenario) => (
            <li key={scenario.id} className={styles.item} data-scenario={scenario.id}>
              <div>
                <h3 className={styles.title}>{scenario.title}</h3>
                <p className={styles.asOf}>As of {formatDate(scenario.asOf)}</p>
                <p className={styles.brief}>{scenario.brief}</p>
              </div>
              <Button appearance="primary" onClick={() => load(scenario.id)} aria-label={`Load: ${scenario.title}`}>
                Load
              </Button>
            </li>
          ))}
        </ul>
      </NativeDialog>
    </>
  )
}
