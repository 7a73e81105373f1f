/**
 * The two runs to compare: "Earlier run" (the later run's other runs of the same server first,
 * then every other assessment) and "Later run", native selects, with a swap between them.
 */
import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { ArrowSwap20Regular } from '@fluentui/react-icons'
import type { AssessmentSummaryValue } from '~shared/ipc/assessment-schemas'
import { earlierRunCandidates } from '~shared/report/compare-assessments'
import { STATE_PRESENTATION } from '~renderer/components/status-presentation'
import { useWizardStore } from '~renderer/store/context'
import type { RunLoad } from '~renderer/store/compare-slice'
import { formatSavedAt } from '../header/save-status'

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM },
  field: { minWidth: '320px', flexGrow: 1, flexBasis: '320px' },
})

const NONE = ''

/**
 * How a run reads in a picker: its name (with its server unless the name says it), customer,
 * version, verdict and when it was saved, so eight runs called AADC01 can be told apart.
 */
export function runOptionText(entry: AssessmentSummaryValue): string {
  const server = entry.serverName.trim()
  const isNamed = server !== '' && entry.name.toLowerCase().includes(server.toLowerCase())
  const label = isNamed ? entry.name : `${entry.name} (${server === '' ? 'no server name' : `server ${server}`})`
  const parts = [
    label,
    ...(entry.customer.trim() === '' ? [] : [entry.customer.trim()]),
    ...(entry.version === undefined || entry.version === null ? [] : [entry.version]),
    ...(entry.verdict === undefined || entry.verdict === null ? [] : [STATE_PRESENTATION[entry.verdict].label]),
  ]
  return `${parts.join(' · ')}, saved ${formatSavedAt(entry.updatedAt)}`
}

function idOf(load: RunLoad): string {
  return load.status === 'none' ? NONE : load.id
}

function Options({ entries }: { readonly entries: readonly AssessmentSummaryValue[] }) {
  return entries.map((entry) => (
    <option key={entry.id} value={entry.id}>
      {runOptionText(entry)}
    </option>
  ))
}

/** The pickers for the saved runs `entries` (newest first). */
export function RunPickers({ entries }: { readonly entries: readonly AssessmentSummaryValue[] }) {
  const styles = useStyles()
  const runs = useWizardStore((state) => state.comparedRuns)
  const choose = useWizardStore((state) => state.chooseCompareRun)
  const swap = useWizardStore((state) => state.swapCompareRuns)
  const afterId = idOf(runs.after)
  const beforeId = idOf(runs.before)
  const later = entries.find((entry) => entry.id === afterId)
  const sameServer = later === undefined ? [] : earlierRunCandidates(later, entries)
  const others = entries.filter((entry) => entry.id !== afterId && !sameServer.includes(entry))
  const serverName = later === undefined ? '' : later.serverName.trim() || later.name
  return (
    <div className={styles.row}>
      <Field label="Earlier run" className={styles.field}>
        <Select value={beforeId} onChange={(_event, data) => void choose('before', data.value === NONE ? undefined : data.value)}>
          <option value={NONE}>Choose the earlier run…</option>
          {sameServer.length === 0 ? null : (
            <optgroup label={`Other runs of ${serverName}`}>
              <Options entries={sameServer} />
            </optgroup>
          )}
          {others.length === 0 ? null : (
            <optgroup label={later === undefined ? 'Saved assessments' : 'Other assessments'}>
              <Options entries={others} />
            </optgroup>
          )}
        </Select>
      </Field>
      <Button icon={<ArrowSwap20Regular />} disabled={beforeId === NONE || afterId === NONE} onClick={() => void swap()}>
        Swap
      </Button>
      <Field label="Later run" className={styles.field}>
        <Select value={afterId} onChange={(_event, data) => void choose('after', data.value === NONE ? undefined : data.value)}>
          {afterId === NONE ? <option value={NONE}>Choose the later run…</option> : null}
          <Options entries={entries} />
        </Select>
      </Field>
    </div>
  )
}
