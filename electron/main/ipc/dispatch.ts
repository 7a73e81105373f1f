/**
 * The dispatcher: routes a request to its channel's handler through the guard.
 */
import { CHANNELS, type Channel } from '~shared/ipc/contract'
import { fail, ok } from '~shared/ipc/result'
import { guard, type GuardOptions, type Handler } from './guard'
import { createAppInfoHandler } from './handlers/app-info'
import { createAssessmentHandlers } from './handlers/assessments'
import { createCollectorHandlers } from './handlers/collector'
import { createOpenFileHandler, createOpenFolderHandler } from './handlers/details'
import { createSaveTextHandler } from './handlers/files'
import { createOpenLinkHandler } from './handlers/link'
import { createReportExportHandler } from './handlers/report'
import { createRulePackHandlers } from './handlers/rule-pack'
import type { Dispatch, MainDeps } from './types'

/** Every channel's handler; the mapped type makes a missing one a compile error. */
type Handlers = { readonly [C in Channel]: Handler<C> }

function createHandlers(deps: MainDeps): Handlers {
  return {
    'app:get-info': createAppInfoHandler(deps),
    'details:open-file': createOpenFileHandler(deps),
    'details:open-folder': createOpenFolderHandler(deps),
    ...createCollectorHandlers(deps),
    ...createAssessmentHandlers(deps),
    'file:save-text': createSaveTextHandler(deps),
    'report:export': createReportExportHandler(deps),
    ...createRulePackHandlers(deps),
    'link:open-external': createOpenLinkHandler(deps),
    'clipboard:write-text': async ({ text }) => {
      deps.writeClipboardText(text)
      return ok({ copied: true as const })
    },
  }
}

function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && (CHANNELS as readonly string[]).includes(channel)
}

/** Default: responses are checked against the contract (the packaged app turns this off). */
const DEFAULT_OPTIONS: GuardOptions = { validateResponses: true }

/**
 * Builds the dispatcher over `deps`. An unknown channel yields `invalid-request`; everything else
 * goes through `guard`. Never throws.
 */
export function createDispatcher(deps: MainDeps, options: GuardOptions = DEFAULT_OPTIONS): Dispatch {
  const handlers = createHandlers(deps)
  return async (channel, request, sender) => {
    if (!isChannel(channel)) {
      const shown = typeof channel === 'string' ? JSON.stringify(channel.slice(0, 80)) : typeof channel
      return fail('invalid-request', `Unknown channel ${shown}.`)
    }
    return guard(channel, handlers[channel] as Handler<typeof channel>, request, sender, deps, options)
  }
}
