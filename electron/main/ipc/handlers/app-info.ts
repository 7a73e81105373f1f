/**
 * `app:get-info`: the app's version, the rule pack in use, the platform and today's date.
 */
import { ok } from '~shared/ipc/result'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

/** Builds the `app:get-info` handler. */
export function createAppInfoHandler(deps: MainDeps): Handler<'app:get-info'> {
  return async () => {
    const { pack } = await deps.rulePacks.active()
    return ok({
      appVersion: deps.appVersion,
      rulePack: { version: pack.version, asOf: pack.asOf },
      platform: deps.platform,
      today: deps.today(),
    })
  }
}
