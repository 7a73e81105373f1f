/**
 * The one guard every IPC request goes through: trusted sender, valid request, handler, no throw.
 *
 * The renderer is untrusted input: whatever runs in the page (a bug, injected content) can send
 * any request, so main checks every one.
 */
import type { z } from 'zod'
import { IPC_CONTRACT, type Channel, type RequestOf, type ResponseOf } from '~shared/ipc/contract'
import { fail, type Result } from '~shared/ipc/result'
import { isNestedDeeperThan, MAX_JSON_DEPTH } from '~shared/json/json-depth'
import type { MainDeps, SenderInfo } from './types'

/** The value half of a channel's response. */
export type ValueOf<C extends Channel> = Extract<ResponseOf<C>, { ok: true }>['value']

/** A channel's handler: the parsed request in, a `Result` out. */
export type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<Result<ValueOf<C>>>

/** How strict the guard is, and where it reports errors it swallows. */
export interface GuardOptions {
  /** Parse every response against the contract too (development and tests; off when packaged). */
  readonly validateResponses: boolean
  /** Called with errors turned into `internal` results, for the main process log. */
  readonly onError?: (channel: Channel, error: unknown) => void
}

const MAX_ISSUES = 5
const MAX_ISSUE_LENGTH = 200
const MAX_ERROR_MESSAGE_LENGTH = 500

function clip(text: string, maxLength: number): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text
}

/** Lists schema issues as `path: message`, bounded so a hostile request cannot inflate the reply. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  const listed = issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.length === 0 ? 'request' : issue.path.map(String).join('.')
    return clip(`${path}: ${issue.message}`, MAX_ISSUE_LENGTH)
  })
  const more = issues.length - listed.length
  return more > 0 ? `${listed.join('; ')}; and ${more} more` : listed.join('; ')
}

function internalError<T>(channel: Channel, error: unknown, options: GuardOptions): Result<T> {
  options.onError?.(channel, error)
  const reason = error instanceof Error ? error.message : String(error)
  return fail('internal', clip(`The app failed while handling ${channel}: ${reason}`, MAX_ERROR_MESSAGE_LENGTH))
}

/**
 * Runs `handler` for one request after the checks; always resolves to a `Result`, never throws.
 *
 * 1. The sender must be the app's own page, in the window's main frame: else `forbidden-sender`.
 * 2. The request must nest at most 64 levels (checked without recursion, before anything walks it)
 *    and parse with the channel's schema: else `invalid-request` listing the issues.
 * 3. A handler that throws yields `internal` with the message only (no stack).
 * 4. With `validateResponses`, a response outside the contract also yields `internal`.
 */
export async function guard<C extends Channel>(
  channel: C,
  handler: Handler<C>,
  request: unknown,
  sender: SenderInfo,
  deps: Pick<MainDeps, 'isTrustedSenderUrl'>,
  options: GuardOptions,
): Promise<Result<ValueOf<C>>> {
  try {
    if (!sender.isMainFrame || !deps.isTrustedSenderUrl(sender.url)) {
      return fail('forbidden-sender', `Requests on ${channel} are accepted from the app's own window only.`)
    }
    if (isNestedDeeperThan(request)) {
      return fail('invalid-request', `Invalid request on ${channel}: it nests more than ${MAX_JSON_DEPTH} levels deep.`)
    }
    const schemas = IPC_CONTRACT[channel]
    const parsed = schemas.request.safeParse(request)
    if (!parsed.success) {
      return fail('invalid-request', `Invalid request on ${channel}: ${formatIssues(parsed.error.issues)}`)
    }
    const response = await handler(parsed.data as RequestOf<C>)
    if (options.validateResponses) {
      const checked = schemas.response.safeParse(response)
      if (!checked.success) {
        return internalError(channel, new Error(`response outside the contract (${formatIssues(checked.error.issues)})`), options)
      }
    }
    return response
  } catch (error) {
    return internalError(channel, error, options)
  }
}
