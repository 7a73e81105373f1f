/**
 * `--format json`: exactly the contract's document, two-space indented, one newline at the end.
 */
import { safeJsonStringify } from './control-characters'
import type { ContractDocument } from './fleet-input'

/** The document as the command line prints it (C1, bidi and zero-width characters escaped as `\uXXXX`). */
export function formatJson(document: ContractDocument): string {
  return `${safeJsonStringify(document, null, 2)}\n`
}
