/**
 * `app:get-info`: the app's version, the rule pack in force, the platform and today's date.
 */
import { ok } from '../../../../shared/ipc/result'
import { RULE_PACK } from '../../../../shared/rules/pack/data'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'

/** Builds the `app:get-info` handler. */
export function createAppInfoHandler(deps: MainDeps): Handler<'app:get-info'> {
  return async () =>
    ok({
      appVersion: deps.appVersion,
      rulePack: { version: RULE_PACK.version, asOf: RULE_PACK.asOf },
      platform: deps.platform,
      today: deps.today(),
    })
}
