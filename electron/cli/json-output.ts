/**
 * `--format json`, written server by server: exactly the text of
 * `JSON.stringify(document, null, 2)` plus a newline, without ever building that one string.
 * This is the document's head and tail; each server is written by json-bytes.ts.
 */
import { safeJsonStringify } from '~shared/report/control-characters'
import type { AssessmentDocument, AssessmentSummary } from './assessment-document'

const STEP = '  '

/** Everything before the first server: `{`, the header fields and `"servers": [`. */
export function jsonHead(header: Pick<AssessmentDocument, 'schemaVersion' | 'asOf' | 'rulePack'>): string {
  const fields = JSON.stringify({ schemaVersion: header.schemaVersion, asOf: header.asOf, rulePack: header.rulePack }, null, 2)
  return `${fields.slice(0, -2)},\n${STEP}"servers": [`
}

/** Everything after the last server: the end of `servers`, then `errors` and the closing brace. */
export function jsonTail(summary: AssessmentSummary): string {
  const endServers = summary.serverCount === 0 ? ']' : `\n${STEP}]`
  const errors = safeJsonStringify({ errors: summary.errors }, null, 2)
  return `${endServers},\n${errors.slice(2, -2)}\n}\n`
}
