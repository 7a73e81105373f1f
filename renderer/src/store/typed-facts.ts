/**
 * The facts the install-details form lets people type, and how they map onto the document.
 *
 * The form keeps the text as typed; only text that parses reaches the document. Empty text means
 * "I don't know": the fact is removed, so the rules report it as unknown rather than guess.
 */
import { readFieldPath } from '../../../shared/rules/field-path'
import { CLOUDS, type InstallDetails } from '../../../shared/types/install-details'
import { isVersion } from '../../../shared/version/four-part-version'

/** The form's fields. */
export type TypedField = 'version' | 'cloud' | 'osBuild' | 'dotnetRelease' | 'powershellVersion'

/** The form's text, one string per field; '' is "I don't know". */
export type TypedFacts = Readonly<Record<TypedField, string>>

/** Each field's path in the install-details document (contract section 1). */
export const TYPED_FIELD_PATHS: Readonly<Record<TypedField, string>> = {
  version: 'connect.version',
  cloud: 'connect.cloud',
  osBuild: 'server.os.build',
  dotnetRelease: 'dotnet.release',
  powershellVersion: 'powershell.version',
}

/** Every field, in form order. */
export const TYPED_FIELDS = Object.keys(TYPED_FIELD_PATHS) as TypedField[]

/** An empty form. */
export const EMPTY_TYPED_FACTS: TypedFacts = { version: '', cloud: '', osBuild: '', dotnetRelease: '', powershellVersion: '' }

type Parsed = { readonly value: string | number | undefined } | { readonly error: string }

const WHOLE_NUMBER = /^\d{1,12}$/
const POWERSHELL_VERSION = /^\d+(\.\d+){0,3}$/

function parseWholeNumber(text: string, example: string): Parsed {
  return WHOLE_NUMBER.test(text) ? { value: Number(text) } : { error: `Enter a whole number such as ${example}.` }
}

/** Parses one field's text: `value` undefined means unknown; `error` says what to type instead. */
export function parseTypedFact(field: TypedField, raw: string): Parsed {
  const text = raw.trim()
  if (text === '') {
    return { value: undefined }
  }
  switch (field) {
    case 'version':
      return isVersion(text) ? { value: text } : { error: 'Enter all four parts, such as 2.4.27.0.' }
    case 'cloud':
      return (CLOUDS as readonly string[]).includes(text) ? { value: text } : { error: 'Choose a cloud from the list.' }
    case 'osBuild':
      return parseWholeNumber(text, '17763')
    case 'dotnetRelease':
      return parseWholeNumber(text, '528449')
    case 'powershellVersion':
      return POWERSHELL_VERSION.test(text) ? { value: text } : { error: 'Enter a version such as 5.1.17763.6189.' }
  }
}

function withPath(node: unknown, keys: readonly string[], value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = node !== null && typeof node === 'object' ? { ...(node as Record<string, unknown>) } : {}
  const [key, ...rest] = keys
  if (key === undefined) {
    return copy
  }
  if (rest.length > 0) {
    copy[key] = withPath(copy[key], rest, value)
  } else if (value === undefined) {
    delete copy[key]
  } else {
    copy[key] = value
  }
  return copy
}

/**
 * Returns a copy of `details` with the fact at `path` set, or removed when `value` is undefined.
 *
 * Everything else in the document (facts the form does not show) is kept as it was.
 */
export function setFact(details: InstallDetails, path: string, value: string | number | boolean | null | undefined): InstallDetails {
  return withPath(details, path.split('.'), value) as InstallDetails
}

/** The form's text for a document (after a file is opened): each known fact as text, else ''. */
export function typedFactsFromDetails(details: InstallDetails): TypedFacts {
  const entries = TYPED_FIELDS.map((field) => {
    const value = readFieldPath(details, TYPED_FIELD_PATHS[field])
    return [field, typeof value === 'string' || typeof value === 'number' ? String(value) : '']
  })
  return Object.fromEntries(entries) as TypedFacts
}
