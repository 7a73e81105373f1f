/**
 * Merging several inputs for one server into one install-details document, held to the
 * contract's schema (merge-facts.ts does the merging; this binds the schema to it).
 */
import { installDetailsSchema } from '../types/install-details'
import { mergeFacts, type DetailsValidator, type MergeResult, type SourcedFacts } from './merge-facts'

export type { Conflict, DetailsValidator, MergeResult, SourcedFacts } from './merge-facts'

/** The contract's schema as a {@link DetailsValidator}. */
export const validateInstallDetails: DetailsValidator = (document) => {
  const parsed = installDetailsSchema.safeParse(document)
  return parsed.success ? { ok: true, details: parsed.data } : { ok: false, failedPaths: parsed.error.issues.map((issue) => issue.path.map(String).join('.')) }
}

/**
 * Merges inputs in order. A field given by several inputs takes the last value; if they
 * disagree, a conflict lists every value with its source so the user can choose.
 */
export function mergeInputs(inputs: readonly SourcedFacts[]): MergeResult {
  return mergeFacts(inputs, validateInstallDetails)
}
