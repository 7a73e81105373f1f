/**
 * Which date the runs are evaluated on: both on one date (the header's, unless changed here), or
 * each on its own saved date, with the one sentence that says what each choice shows.
 */
import { Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components'
import { useWizardStore } from '~renderer/store/context'
import { selectCompareAsOf } from '~renderer/store/compare-selectors'
import type { CompareDateMode } from '~renderer/store/compare-slice'

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'start', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalM },
})

/** The explanation shown under the choice. */
export const DATE_MODE_HINT =
  'Evaluating both runs on one date shows only what changed on the server; evaluating each on its own saved date shows what the customer was told at the time, deadlines that passed in between included.'

/** The date mode and, for one date, the date. */
export function DateModeField() {
  const styles = useStyles()
  const mode = useWizardStore((state) => state.compareDateMode)
  const asOf = useWizardStore(selectCompareAsOf)
  const ownAsOf = useWizardStore((state) => state.compareAsOf)
  const setMode = useWizardStore((state) => state.setCompareDateMode)
  const setAsOf = useWizardStore((state) => state.setCompareAsOf)
  return (
    <div className={styles.row}>
      <Field label="Evaluate the runs" hint={DATE_MODE_HINT}>
        <RadioGroup value={mode} onChange={(_event, data) => setMode(data.value as CompareDateMode)}>
          <Radio value="common" label="Both as of one date" />
          <Radio value="own" label="Each as of its own saved date" />
        </RadioGroup>
      </Field>
      {mode === 'common' ? (
        <Field label="Both as of">
          {/* Uncontrolled like the header's date: a half-typed date stays; only whole dates are taken. Until
              one is typed here it follows the header's date, re-created when that changes. */}
          <Input key={ownAsOf === undefined ? `header-${asOf ?? 'waiting'}` : 'own'} type="date" defaultValue={asOf} disabled={asOf === undefined} onChange={(_event, data) => setAsOf(data.value)} />
        </Field>
      ) : null}
    </div>
  )
}
