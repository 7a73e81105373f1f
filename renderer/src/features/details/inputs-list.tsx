/**
 * The inputs the document is merged from, in order (later wins): each loaded input with its
 * detected format, how many facts it gave, its notes and a Remove button; then the typed-in and
 * answered layers.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { Delete20Regular } from '@fluentui/react-icons'
import { FIELD_PATH_PATTERN } from '~shared/import/dropped-field-note'
import { FORMAT_LABELS } from '~shared/import/text-forms/types'
import { SimpleTable, type SimpleRow } from '~renderer/components/simple-table'
import { useWizardStore } from '~renderer/store/context'
import { ANSWERED_IN_WIZARD, TYPED_IN, type InputOrigin, type LoadedInput } from '~renderer/store/input-layers'

const useStyles = makeStyles({
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  none: { color: tokens.colorNeutralForeground2 },
  path: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  source: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  wide: { width: '28%' },
  narrow: { width: '9%' },
  action: { width: '13%' },
})

const ORIGINS: Readonly<Record<InputOrigin, string>> = {
  opened: 'opened',
  dropped: 'dropped',
  pasted: 'pasted',
  collected: 'collected',
}


/** A note in plain words; the field path a left-out field's note ends with goes behind Details. */
function NoteText({ note }: { readonly note: string }) {
  const styles = useStyles()
  const match = FIELD_PATH_PATTERN.exec(note)
  if (match === null) {
    return note
  }
  return (
    <>
      {note.slice(0, match.index)}
      <details>
        <summary>Details</summary>
        <code className={styles.path}>{match[1]}</code>
      </details>
    </>
  )
}

function Notes({ notes }: { readonly notes: readonly string[] }) {
  const styles = useStyles()
  if (notes.length === 0) {
    return <span className={styles.none}>None</span>
  }
  return (
    <ul className={styles.notes}>
      {notes.map((note, index) => (
        <li key={index}>
          <NoteText note={note} />
        </li>
      ))}
    </ul>
  )
}

/** The table of inputs. */
export function InputsList() {
  const styles = useStyles()
  const columns = [
    { title: 'Input', className: styles.wide },
    { title: 'Format', className: styles.wide },
    { title: 'Facts', className: styles.narrow },
    { title: 'Notes' },
    { title: 'Remove', className: styles.action },
  ]
  const inputs = useWizardStore((state) => state.inputs)
  const typedCount = useWizardStore((state) => Object.keys(state.typedValues).length)
  const answerCount = useWizardStore((state) => Object.keys(state.answers).length)
  const removeInput = useWizardStore((state) => state.removeInput)
  const inputRow = (input: LoadedInput): SimpleRow => ({
    key: input.id,
    dataKey: input.source,
    cells: [
      <span key="source" className={styles.source}>
        {input.source}
      </span>,
      `${FORMAT_LABELS[input.format]} (${ORIGINS[input.origin]})`,
      String(input.facts.length),
      <Notes key="notes" notes={input.notes} />,
      <Button key="remove" size="small" icon={<Delete20Regular />} aria-label={`Remove ${input.source}`} onClick={() => removeInput(input.id)}>
        Remove
      </Button>,
    ],
  })
  const layerRow = (label: string, count: number, how: string): SimpleRow => ({
    key: label,
    dataKey: label,
    cells: [<span key="source" className={styles.source}>{label}</span>, how, String(count), <Notes key="notes" notes={[]} />, ''],
  })
  const rows = [
    ...inputs.map(inputRow),
    ...(typedCount > 0 ? [layerRow(TYPED_IN, typedCount, 'the form below (empty a field to remove it)')] : []),
    ...(answerCount > 0 ? [layerRow(ANSWERED_IN_WIZARD, answerCount, 'answers in other steps')] : []),
  ]
  if (rows.length === 0) {
    return <p className={styles.empty}>Nothing loaded or typed yet: every fact is unknown.</p>
  }
  return <SimpleTable label="Loaded inputs" columns={columns} rows={rows} size="small" />
}
