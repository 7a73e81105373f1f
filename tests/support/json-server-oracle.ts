/**
 * The reference the command line's byte writer is tested against: one server's text as
 * `JSON.stringify(document, null, 2)` writes it, cut out of a stringified `{ servers: [server] }`
 * (there the server sits exactly as deep as in the document, so no re-indenting is needed).
 */
import type { ContractServer as ServerAssessment } from '~shared/report/fleet-input'
import { safeJsonStringify } from '~shared/report/control-characters'

const WRAPPER_HEAD = '{\n  "servers": [\n'
const WRAPPER_TAIL = '\n  ]\n}'

/** The server as the `index`-th element of `servers` (0 is the first), with the newline or comma before it. */
export function jsonServer(server: ServerAssessment, index: number): string {
  // C1, bidi and zero-width characters escaped, as every JSON the app writes has them.
  const wrapped = safeJsonStringify({ servers: [server] }, null, 2)
  return `${index === 0 ? '\n' : ',\n'}${wrapped.slice(WRAPPER_HEAD.length, wrapped.length - WRAPPER_TAIL.length)}`
}
