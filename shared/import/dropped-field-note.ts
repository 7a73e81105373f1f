/**
 * The note an input carries for a field left out because it was not valid: the field in plain
 * words, the problem and the value it had, then its path (the view shows that part as a detail).
 */
import type { DroppedField } from './keep-valid-facts'

/** Plain words for the first keys of a path; the rest are split at their capitals. */
const WORDS: Readonly<Record<string, string>> = {
  connect: 'Entra Connect',
  os: 'Windows',
  dotnet: '.NET Framework',
  powershell: 'PowerShell',
  tls12: 'TLS 1.2',
  autoUpgrade: 'auto-upgrade',
  netFx64: '.NET (64-bit)',
  netFx32: '.NET (32-bit)',
  schannelServer: 'Schannel server',
  schannelClient: 'Schannel client',
  collectedAt: 'collection time',
}

const MAX_VALUE_LENGTH = 60

/** Where a note gives its field's path: the view moves this part into the note's details. */
export const FIELD_PATH_PATTERN = / \(field ([A-Za-z0-9_.]{1,256})\)$/

/** A field's path in plain words: `connect.version` → "Entra Connect version". */
export function fieldWords(path: string): string {
  return path
    .split('.')
    .map((key) => WORDS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ')
}

function shortValue(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value))
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text
}

/** `Entra Connect version: must be a four-part version such as 2.4.18.0 (it was "banana"), left out (field connect.version)`. */
export function describeDroppedField(field: DroppedField): string {
  return `${fieldWords(field.path)}: ${field.problem} (it was ${shortValue(field.value)}), left out (field ${field.path})`
}
