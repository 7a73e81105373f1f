/**
 * Reading the form's text into facts, and showing a fact as the form's text.
 *
 * The form keeps the text as typed; only text that parses becomes a fact. Empty text means
 * "I don't know": no fact, so the rules report it as unknown rather than guess.
 */
import { writePath } from '~shared/intake/dotted-path'
import type { DetailsValidator } from '~shared/import/merge-facts'
import type { FactValue } from '~shared/import/text-forms/types'
import type { InstallDetails } from '~shared/types/install-details'
import { emptyInstallDetails } from '~shared/types/install-details-values'
import { isVersion } from '~shared/version/four-part-version'
import { FIELD_SPECS, type FieldSpec, type TypedField } from './typed-fields'

export { TYPED_FIELD_PATHS, TYPED_FIELDS, type TypedField } from './typed-fields'

/** The form's text per field the user has touched; a missing field shows what other inputs say. */
export type TypedFacts = Readonly<Partial<Record<TypedField, string>>>

/** The text a TLS value's "not set" choice is kept as (the contract's `null`: the value is absent). */
export const ABSENT = 'absent'

type Parsed = { readonly value: FactValue | undefined } | { readonly error: string }

const WHOLE_NUMBER = /^\d{1,12}$/
const AMOUNT = /^\d{1,12}(\.\d{1,3})?$/
const POWERSHELL_VERSION = /^\d+(\.\d+){0,3}$/
const DWORD_MAX = 0xffffffff

function parseByKind(spec: FieldSpec, text: string): Parsed {
  switch (spec.kind) {
    case 'text':
    case 'long-text':
    case 'date-time':
      return { value: text }
    case 'version':
      return isVersion(text) ? { value: text } : { error: 'Enter all four parts, such as 2.4.27.0.' }
    case 'powershell-version':
      return POWERSHELL_VERSION.test(text) ? { value: text } : { error: 'Enter a version such as 5.1.17763.6189.' }
    case 'whole-number':
      return WHOLE_NUMBER.test(text) ? { value: Number(text) } : { error: `Enter a whole number such as ${spec.example ?? '1'}.` }
    case 'amount':
      return AMOUNT.test(text) ? { value: Number(text) } : { error: `Enter a number such as ${spec.example ?? '1'}.` }
    case 'yes-no':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: 'Choose Yes, No or I don’t know.' }
    case 'choice':
      return spec.choices?.includes(text) === true ? { value: text } : { error: 'Choose a value from the list.' }
    case 'dword':
      if (text === ABSENT) {
        return { value: null }
      }
      return WHOLE_NUMBER.test(text) && Number(text) <= DWORD_MAX ? { value: Number(text) } : { error: 'Choose 1, 0 or Not set.' }
  }
}

const SCHEMA_MESSAGES: Partial<Record<FieldSpec['kind'], string>> = {
  'date-time': 'Enter a date and time with its zone, such as 2026-11-20T10:04:00Z.',
  text: 'Keep it under 512 characters.',
  'long-text': 'Keep it under 4096 characters.',
}

/**
 * Parses one field's text: `value` undefined means unknown; `error` says what to type instead.
 *
 * The value must also pass the contract's own schema (`validate`), so the form never makes a
 * document that a file with the same value would fail.
 */
export function parseTypedFact(field: TypedField, raw: string, validate: DetailsValidator): Parsed {
  const text = raw.trim()
  if (text === '') {
    return { value: undefined }
  }
  const spec = FIELD_SPECS[field]
  const parsed = parseByKind(spec, text)
  if ('error' in parsed) {
    return parsed
  }
  const isAccepted = validate(setFact(emptyInstallDetails(), spec.path, parsed.value)).ok
  return isAccepted ? parsed : { error: SCHEMA_MESSAGES[spec.kind] ?? 'This value is not one the install details can hold.' }
}

/** A fact's value as the form's text ('' when unknown; a TLS value's `null` is "not set"). */
export function factToText(field: TypedField, value: unknown): string {
  if (value === null) {
    return FIELD_SPECS[field].kind === 'dword' ? ABSENT : ''
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : ''
}

/**
 * Returns a copy of `details` with the fact at `path` set, or removed when `value` is undefined.
 *
 * Everything else in the document (facts the form does not show) is kept as it was.
 */
export function setFact(details: InstallDetails, path: string, value: FactValue | undefined): InstallDetails {
  return writePath(details, path, value)
}
