/**
 * One field of the install-details form, validated as you type. It shows the typed text, or the
 * value other inputs give while the field is untouched; one fixed-height line under it says the
 * error, where the value in use came from, or where to find it, so nothing shifts while typing.
 */
import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components'
import { readFieldPath } from '~shared/rules/field-path'
import { useWizardStore } from '~renderer/store/context'
import { TYPED_IN } from '~renderer/store/input-layers'
import { ABSENT, factToText } from '~renderer/store/typed-facts'
import { FIELD_SPECS, type FieldSpec } from '~renderer/store/typed-fields'
import type { FieldView } from './form-groups'

const useStyles = makeStyles({
  message: {
    // Two lines are always reserved: the hint, an error or the source never move the fields below.
    minHeight: `calc(2 * ${tokens.lineHeightBase200})`,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
  // A select is as wide as its longest option unless told otherwise; it must fit its column.
  select: { minWidth: 0, maxWidth: '100%' },
  selectElement: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
})

/** "I don't know" is the empty choice of every field. */
export const DONT_KNOW = 'I don’t know'

function optionsFor(spec: FieldSpec, view: FieldView): readonly (readonly [string, string])[] {
  switch (spec.kind) {
    case 'yes-no':
      return [['true', 'Yes'], ['false', 'No']]
    case 'dword':
      return [['1', '1'], ['0', '0'], [ABSENT, 'Not set (absent)']]
    default:
      return (spec.choices ?? []).map((value) => [value, view.optionLabels?.[value] ?? value])
  }
}

/** The line under a field: its error, else where the value in use came from, else its hint. */
export function fieldMessage(view: FieldView, shown: string, inUse: string, from: string | undefined, error: string | undefined): string {
  if (error !== undefined) {
    return error
  }
  if (from === undefined || inUse === '') {
    return view.hint
  }
  if (shown !== inUse) {
    return `In use: ${inUse}, from ${from}.`
  }
  return from === TYPED_IN ? view.hint : `From ${from}.`
}

/** A labelled input or select bound to one typed fact. */
export function FormField({ view }: { readonly view: FieldView }) {
  const styles = useStyles()
  const spec = FIELD_SPECS[view.field]
  const typed = useWizardStore((state) => state.typedFacts[view.field])
  const error = useWizardStore((state) => state.inputErrors[view.field])
  const inUse = useWizardStore((state) => factToText(view.field, readFieldPath(state.details, spec.path)))
  const from = useWizardStore((state) => state.provenance.fields?.[spec.path])
  const setTypedFacts = useWizardStore((state) => state.setTypedFacts)
  const shown = typed ?? inUse
  const message = fieldMessage(view, shown, inUse, from, error)
  const onText = (text: string) => setTypedFacts({ [view.field]: text })
  const isSelect = spec.kind === 'choice' || spec.kind === 'yes-no' || spec.kind === 'dword'
  const options = optionsFor(spec, view)
  const isNumeric = spec.kind === 'whole-number' || spec.kind === 'amount'
  return (
    <Field
      label={view.label}
      validationState={error === undefined ? 'none' : 'error'}
      validationMessage={{ children: message, className: styles.message, title: message }}
      validationMessageIcon={error === undefined ? null : undefined}
    >
      {isSelect ? (
        <Select className={styles.select} select={{ className: styles.selectElement }} value={shown} onChange={(_event, data) => onText(data.value)}>
          <option value="">{DONT_KNOW}</option>
          {options.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          {shown === '' || options.some(([value]) => value === shown) ? null : <option value={shown}>{shown}</option>}
        </Select>
      ) : (
        <Input
          value={shown}
          placeholder={DONT_KNOW}
          inputMode={isNumeric ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(_event, data) => onText(data.value)}
        />
      )}
    </Field>
  )
}
