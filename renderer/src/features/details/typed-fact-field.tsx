/**
 * One text field of the install-details form, validated as you type.
 */
import { Field, Input, type InputProps } from '@fluentui/react-components'
import { useWizardStore } from '../../store/context'
import type { TypedField } from '../../store/typed-facts'

/** Props of {@link TypedFactField}. */
export interface TypedFactFieldProps {
  readonly field: Exclude<TypedField, 'cloud'>
  readonly label: string
  readonly hint: string
  readonly inputMode?: InputProps['inputMode']
}

/** A labelled input bound to one typed fact; its inline error comes from the store. */
export function TypedFactField({ field, label, hint, inputMode }: TypedFactFieldProps) {
  const text = useWizardStore((state) => state.typedFacts[field])
  const error = useWizardStore((state) => state.inputErrors[field])
  const setTypedFacts = useWizardStore((state) => state.setTypedFacts)
  return (
    <Field
      label={label}
      hint={hint}
      validationState={error === undefined ? 'none' : 'error'}
      validationMessage={error}
    >
      <Input
        value={text}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        onChange={(_event, data) => setTypedFacts({ [field]: data.value })}
      />
    </Field>
  )
}
