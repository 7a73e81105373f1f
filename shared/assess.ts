/**
 * The one entry point the wizard, main and the command line share: assess one server.
 */
import { type DateFormatter, formatIsoDate, type IsoDate } from './dates/iso-date'
import { evaluateRules, type Provenance } from './rules/evaluate'
import { ALL_RULES } from './rules/index'
import type { RulePack } from './rules/pack/types'
import type { Report } from './rules/types'
import type { InstallDetails } from './types/install-details'

/**
 * Evaluates every rule for one server as of `asOf`, with the facts of `pack` (the pack in use: built
 * in or a verified file). `formatDate` writes the dates in messages: exports and the command line
 * keep the default, ISO 8601; the renderer passes the user's locale. Nothing else depends on it.
 */
export function assessServer(
  details: InstallDetails,
  asOf: IsoDate,
  pack: RulePack,
  provenance?: Provenance,
  formatDate: DateFormatter = formatIsoDate,
): Report {
  return evaluateRules(details, {
    asOf,
    pack,
    rules: ALL_RULES,
    formatDate,
    ...(provenance === undefined ? {} : { provenance }),
  })
}
