/**
 * `--format json`: exactly the contract's document (section 4), two-space indented, one newline at the end.
 */
import type { ContractDocument } from './fleet-input'

/** The document as the command line prints it. */
export function formatJson(document: ContractDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
