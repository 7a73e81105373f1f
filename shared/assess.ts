/**
 * The one entry point the wizard, main and the command line share: assess one server.
 */
import type { IsoDate } from './dates/iso-date'
import { evaluateRules, type Provenance } from './rules/evaluate'
import { ALL_RULES } from './rules/index'
import { RULE_PACK } from './rules/pack/data'
import type { Report } from './rules/types'
import type { InstallDetails } from './types/install-details'

/** Evaluates every rule of the current rule pack for one server as of `asOf`. */
export function assessServer(details: InstallDetails, asOf: IsoDate, provenance?: Provenance): Report {
  return evaluateRules(details, {
    asOf,
    pack: RULE_PACK,
    rules: ALL_RULES,
    ...(provenance === undefined ? {} : { provenance }),
  })
}
