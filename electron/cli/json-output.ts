/**
 * `--format json`, written server by server: exactly the text of
 * `JSON.stringify(document, null, 2)` plus a newline, without ever building that one string.
 */
import type { AssessmentDocument, AssessmentSummary, ServerAssessment } from './assessment-document'

const STEP = '  '
/**
 * A server stringified inside `{ "servers": [server] }` with the document's indentation sits
 * exactly as deep as in the document, so its text is cut out of that, with no re-indenting.
 */
const WRAPPER_HEAD = `{\n${STEP}"servers": [\n`
const WRAPPER_TAIL = `\n${STEP}]\n}`

/** Everything before the first server: `{`, the header fields and `"servers": [`. */
export function jsonHead(header: Pick<AssessmentDocument, 'schemaVersion' | 'asOf' | 'rulePack'>): string {
  const fields = JSON.stringify({ schemaVersion: header.schemaVersion, asOf: header.asOf, rulePack: header.rulePack }, null, 2)
  return `${fields.slice(0, -2)},\n${STEP}"servers": [`
}

/** One server, as the `index`-th element of `servers` (0 is the first). */
export function jsonServer(server: ServerAssessment, index: number): string {
  const wrapped = JSON.stringify({ servers: [server] }, null, 2)
  return `${index === 0 ? '\n' : ',\n'}${wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length)}`
}

/** Everything after the last server: the end of `servers`, then `errors` and the closing brace. */
export function jsonTail(summary: AssessmentSummary): string {
  const endServers = summary.serverCount === 0 ? ']' : `\n${STEP}]`
  const errors = JSON.stringify({ errors: summary.errors }, null, 2)
  return `${endServers},\n${errors.slice(2, -2)}\n}\n`
}
