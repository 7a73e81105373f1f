/**
 * What the assessment store answers: list entries, problems with files, and errors as values.
 *
 * Shared so the IPC contract and the renderer can speak the store's language later.
 */
import type { Assessment } from './assessment'
import { glanceAt } from './assessment-glance'
import type { Verdict } from '../rules/types'
import type { DocumentProblemCode } from './versioned-document'

/** One assessment as a list shows it (no inputs or notes: those stay on disk until it is opened). */
export interface AssessmentSummary {
  readonly id: string
  readonly name: string
  readonly customer: string
  readonly serverName: string
  readonly asOf: string | null
  readonly createdAt: string
  readonly updatedAt: string
  readonly inputCount: number
  /** The installed Entra Connect version its inputs give; null when they do not. */
  readonly version: string | null
  /** Its verdict as of `verdictAsOf`; null with no facts. */
  readonly verdict: Verdict | null
  /** The as-of date of the verdict: the assessment's own, else the day it was last saved. */
  readonly verdictAsOf: string
  /** The server's FQDN and the Entra tenant, when its inputs give them (the Compare's same-server test). */
  readonly fqdn?: string
  readonly tenant?: string
  /** Set when the file is of an older schema version (it is migrated in memory; the next save rewrites it). */
  readonly migratedFrom?: number
}

/** Why a file in the folder could not be listed. */
export type AssessmentFileProblemCode = DocumentProblemCode | 'too-large' | 'unreadable' | 'id-mismatch'

/** A file that is not listed; it is left exactly as it is. */
export interface AssessmentFileProblem {
  readonly fileName: string
  readonly code: AssessmentFileProblemCode
  readonly message: string
}

/** The folder's assessments, newest change first, and the files that could not be read. */
export interface AssessmentList {
  readonly entries: readonly AssessmentSummary[]
  readonly problems: readonly AssessmentFileProblem[]
}

/** Why a store operation failed. */
export type StoreErrorCode =
  | 'not-found'
  | 'invalid'
  /** The file on disk is corrupt, of another kind or of a newer schema version: it is not touched. */
  | 'unreadable-on-disk'
  | 'read-only'
  | 'disk-full'
  | 'io'

/** A store error: a code for the program and a sentence for people. */
export interface StoreError {
  readonly code: StoreErrorCode
  readonly message: string
}

/** A store operation's result (the same shape as the IPC `Result`). */
export type StoreResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: StoreError }

/** An assessment opened from disk. */
export interface LoadedAssessment {
  readonly assessment: Assessment
  readonly migratedFrom?: number
}

/** What an import did: each imported assessment (with its old id when it was given a new one) and each refused entry. */
export interface ImportSummary {
  readonly imported: readonly { readonly id: string; readonly name: string; readonly previousId?: string }[]
  readonly problems: readonly { readonly index: number; readonly name?: string; readonly message: string }[]
}

/** A summary of `assessment`. */
export function summarize(assessment: Assessment, migratedFrom?: number): AssessmentSummary {
  return {
    id: assessment.id,
    name: assessment.name,
    customer: assessment.customer,
    serverName: assessment.serverName,
    asOf: assessment.asOf,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
    inputCount: assessment.inputs.length,
    ...glanceAt(assessment),
    ...(migratedFrom === undefined ? {} : { migratedFrom }),
  }
}
