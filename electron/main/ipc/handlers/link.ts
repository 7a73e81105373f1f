/**
 * `link:open-external`: opens a documentation link in the OS browser, if it is on the allowlist.
 */
import { EXTERNAL_LINK_HOSTS } from '~shared/ipc/contract'
import { fail, ok } from '~shared/ipc/result'
import { toAllowedExternalUrl } from '~electron/main/url-policy'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

/** Builds the `link:open-external` handler. */
export function createOpenLinkHandler(deps: MainDeps): Handler<'link:open-external'> {
  return async ({ url }) => {
    const allowed = toAllowedExternalUrl(url)
    if (allowed === undefined) {
      return fail(
        'not-allowed',
        `The app opens https links to ${EXTERNAL_LINK_HOSTS.join(', ')} only; this link was not opened.`,
      )
    }
    await deps.openExternal(allowed)
    return ok({ opened: true as const })
  }
}
