/**
 * Merging several inputs for one server into one install-details document, with the schema check
 * passed in.
 *
 * Later input wins per field; every disagreement is kept and shown (docs/interface.md §2), and each
 * fact remembers where it came from (evidence). This module does not load zod: the renderer's
 * first screen merges nothing and loads the schema later; merge-inputs.ts binds the schema for
 * everyone else.
 */
import { writePathInPlace } from '../intake/dotted-path'
import type { InstallDetails } from '../types/install-details'
import { INSTALL_DETAILS_KIND, INSTALL_DETAILS_SCHEMA_VERSION } from '../types/install-details-values'
import { sameFactValue } from './fact-list'
import type { Fact, FactValue } from './text-forms/types'

/**
 * The contract's schema check of a whole document: the document as validated, or the paths of
 * the fields that failed (each as dot-separated keys).
 */
export type DetailsValidator = (
  document: Record<string, unknown>,
) => { readonly ok: true; readonly details: InstallDetails } | { readonly ok: false; readonly failedPaths: readonly string[] }

/** One input's facts and its label (file name, "typed in", "pasted text"). */
export interface SourcedFacts {
  readonly source: string
  readonly facts: readonly Fact[]
}

/** Two or more sources that gave one field different values, in input order. */
export interface Conflict {
  readonly path: string
  readonly values: readonly { readonly value: FactValue; readonly from: string }[]
}

/** The merged document, where each field came from, and the disagreements. */
export interface MergeResult {
  readonly details: InstallDetails
  /** Field path → source label (with the line, where the input was text). */
  readonly provenance: Readonly<Record<string, string>>
  readonly conflicts: readonly Conflict[]
}

function label(source: string, fact: Fact): string {
  return fact.line === undefined ? source : `${source} line ${fact.line}`
}

/** What merging no facts at all gives: the bare document, which the schema accepts as it is. */
function emptyMerge(): MergeResult {
  return { details: { kind: INSTALL_DETAILS_KIND, schemaVersion: INSTALL_DETAILS_SCHEMA_VERSION }, provenance: {}, conflicts: [] }
}

/**
 * Merges inputs in order. A field given by several inputs takes the last value; if they
 * disagree, a conflict lists every value with its source so the user can choose.
 *
 * `validate` may be left out only when there are no facts (nothing to check); with facts and no
 * validator it throws, as that is a caller's mistake.
 */
export function mergeFacts(inputs: readonly SourcedFacts[], validate: DetailsValidator | undefined): MergeResult {
  if (inputs.every((input) => input.facts.length === 0)) {
    return emptyMerge()
  }
  if (validate === undefined) {
    throw new Error('mergeFacts: facts to merge but no schema check to hold them to.')
  }
  const seen = new Map<string, { value: FactValue; from: string }[]>()
  for (const input of inputs) {
    for (const fact of input.facts) {
      const history = seen.get(fact.path) ?? []
      history.push({ value: fact.value, from: label(input.source, fact) })
      seen.set(fact.path, history)
    }
  }
  const document: Record<string, unknown> = { kind: INSTALL_DETAILS_KIND, schemaVersion: INSTALL_DETAILS_SCHEMA_VERSION }
  const provenance: Record<string, string> = {}
  const conflicts: Conflict[] = []
  for (const [path, history] of seen) {
    const latest = history[history.length - 1]
    if (latest === undefined) {
      continue
    }
    writePathInPlace(document, path, latest.value)
    provenance[path] = latest.from
    const distinct = history.filter((entry, index) => history.findIndex((other) => sameFactValue(other.value, entry.value)) === index)
    if (distinct.length > 1) {
      conflicts.push({ path, values: history })
    }
  }
  return { details: validateKeepingTheRest(document, provenance, validate), provenance, conflicts }
}

/**
 * Validates the merged document. Facts come from validated parsers, so a failure is rare; when
 * one field cannot be held, only that field is dropped (and its provenance), never the rest.
 */
function validateKeepingTheRest(document: Record<string, unknown>, provenance: Record<string, string>, validate: DetailsValidator): InstallDetails {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const checked = validate(document)
    if (checked.ok) {
      return checked.details
    }
    for (const path of checked.failedPaths) {
      writePathInPlace(document, path, undefined)
      delete provenance[path]
    }
  }
  return { kind: INSTALL_DETAILS_KIND, schemaVersion: INSTALL_DETAILS_SCHEMA_VERSION }
}
