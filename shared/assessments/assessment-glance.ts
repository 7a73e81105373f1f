/**
 * What a list shows of a saved assessment at a glance: the installed version and the verdict,
 * from its inputs merged and assessed as the wizard does, on the date it was saved for (its own
 * as-of date, else the day it was last saved).
 */
import { assessServer } from '../assess'
import { validateInstallDetails } from '../import/merge-inputs'
import { mergeFacts } from '../import/merge-facts'
import { BUILT_IN_PACK } from '../rules/pack/built-in'
import type { RulePack } from '../rules/pack/types'
import type { Verdict } from '../rules/types'
import type { Assessment } from './assessment'

/** The version and verdict of one assessment; null where its inputs cannot say. */
export interface AssessmentGlance {
  readonly version: string | null
  readonly verdict: Verdict | null
  /** The date the verdict is as of. */
  readonly verdictAsOf: string
  /** The server's fully qualified host name, when its inputs give one (tells apart two `AADC01`s). */
  readonly fqdn?: string
  /** The Entra tenant it exports to, when its inputs give one. */
  readonly tenant?: string
}

/**
 * The glance at `assessment` with `pack` (the list in main is built with the built-in pack); never
 * throws (a document that cannot be merged has no verdict).
 */
export function glanceAt(assessment: Assessment, pack: RulePack = BUILT_IN_PACK): AssessmentGlance {
  const verdictAsOf = assessment.asOf ?? assessment.updatedAt.slice(0, 10)
  try {
    const merged = mergeFacts(assessment.inputs, validateInstallDetails)
    const version = merged.details.connect?.version ?? null
    const hasFacts = assessment.inputs.some((input) => input.facts.length > 0)
    const fqdn = merged.details.server?.fqdn ?? null
    const tenant = merged.details.connect?.tenant ?? null
    return {
      version,
      verdict: hasFacts ? assessServer(merged.details, verdictAsOf, pack).verdict : null,
      verdictAsOf,
      ...(fqdn === null ? {} : { fqdn }),
      ...(tenant === null ? {} : { tenant }),
    }
  } catch {
    return { version: null, verdict: null, verdictAsOf }
  }
}
