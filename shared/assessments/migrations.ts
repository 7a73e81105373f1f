/**
 * Bringing saved assessments of older schema versions up to the current one.
 *
 * Each migration takes a validated document of version n to the shape of version n + 1; reading
 * runs the chain from the file's version. Version 0 is the first prototype's file: one merged
 * install-details document, a title, and Cloud Sync answers only.
 */
import { z } from 'zod'
import { flattenDocument } from '../intake/dotted-path'
import { toInputFacts } from '../import/input-facts'
import { ASSESSMENT_KIND, ASSESSMENT_SCHEMA_VERSION, assessmentSchema, type Assessment } from './assessment'
import {
  checkVersionedDocument,
  describeIssues,
  documentProblem,
  parseJsonText,
  type DocumentProblem,
} from './versioned-document'

/** The label version 0 used for facts typed on the form. */
const V0_TYPED_SOURCE = 'typed in'

/** Version 0: `{ title, customerName, details, detailsSource, cloudSyncAnswers, asOf, notes, savedAt }`. */
export const assessmentV0Schema = z.looseObject({
  kind: z.literal(ASSESSMENT_KIND),
  schemaVersion: z.literal(0),
  id: z.string(),
  title: z.string(),
  customerName: z.string().optional(),
  /** The merged install-details document (any shape: it is re-validated as facts). */
  details: z.record(z.string(), z.unknown()),
  /** Where the document came from: a file name, or "typed in". */
  detailsSource: z.string(),
  cloudSyncAnswers: z.record(z.string(), z.boolean()).optional(),
  asOf: z.string().nullable().optional(),
  notes: z.string().optional(),
  savedAt: z.string(),
})

function readServerName(details: Readonly<Record<string, unknown>>): string {
  const server = details.server
  const name = server !== null && typeof server === 'object' ? (server as Record<string, unknown>).name : undefined
  return typeof name === 'string' ? name : ''
}

/** Version 0 → 1: the one document becomes one input (its facts), answers gain their `cloudsync.` prefix. */
export function migrateV0ToV1(document: z.infer<typeof assessmentV0Schema>): Record<string, unknown> {
  const source = document.detailsSource.trim() === '' ? 'saved assessment' : document.detailsSource
  const { facts, notes } = toInputFacts(flattenDocument(document.details))
  const answers = Object.fromEntries(Object.entries(document.cloudSyncAnswers ?? {}).map(([key, value]) => [`cloudsync.${key}`, value]))
  return {
    kind: ASSESSMENT_KIND,
    schemaVersion: 1,
    id: document.id,
    name: document.title.trim() === '' ? 'Untitled assessment' : document.title,
    customer: document.customerName ?? '',
    serverName: readServerName(document.details),
    inputs: [
      {
        source,
        format: source === V0_TYPED_SOURCE ? 'typed' : 'install-details-json',
        facts,
        ...(notes.length > 0 ? { notes } : {}),
      },
    ],
    answers,
    asOf: document.asOf ?? null,
    notes: document.notes ?? '',
    createdAt: document.savedAt,
    updatedAt: document.savedAt,
  }
}

/** Version 1: as version 2, with the conflict choices kept among the answers as `conflict:<path>` → source. */
export const assessmentV1Schema = assessmentSchema.extend({ schemaVersion: z.literal(1) })

/** The answer-key prefix version 1 kept a conflict choice under. */
export const V1_CONFLICT_PREFIX = 'conflict:'

/**
 * Version 1 → 2: each `conflict:<path>` answer becomes `conflictChoices[<path>]` (same source
 * label, so the same value stays chosen); the other answers stay as they were.
 */
export function migrateV1ToV2(document: z.infer<typeof assessmentV1Schema>): Record<string, unknown> {
  const answers: Record<string, boolean | string> = {}
  const conflictChoices: Record<string, string> = { ...(document.conflictChoices ?? {}) }
  for (const [key, value] of Object.entries(document.answers)) {
    if (key.startsWith(V1_CONFLICT_PREFIX) && typeof value === 'string' && key.length > V1_CONFLICT_PREFIX.length) {
      conflictChoices[key.slice(V1_CONFLICT_PREFIX.length)] = value
    } else {
      answers[key] = value
    }
  }
  return { ...document, schemaVersion: 2, answers, conflictChoices }
}

interface MigrationStep {
  readonly schema: z.ZodType
  readonly migrate: (document: never) => Record<string, unknown>
}

/** `STEPS[n]` takes version n to n + 1. */
const STEPS: readonly MigrationStep[] = [
  { schema: assessmentV0Schema, migrate: migrateV0ToV1 },
  { schema: assessmentV1Schema, migrate: migrateV1ToV2 },
]

/** A document read: the assessment, and the version it was migrated from (when it was older). */
export type AssessmentRead =
  | { readonly ok: true; readonly assessment: Assessment; readonly migratedFrom?: number }
  | DocumentProblem

/** Validates a parsed document of any known version and migrates it to the current one. */
export function readAssessment(value: unknown): AssessmentRead {
  const checked = checkVersionedDocument(value, ASSESSMENT_KIND, ASSESSMENT_SCHEMA_VERSION)
  if (!checked.ok) {
    return checked
  }
  let document: unknown = checked.record
  for (let version = checked.schemaVersion; version < ASSESSMENT_SCHEMA_VERSION; version += 1) {
    const step = STEPS[version]
    const parsed = step?.schema.safeParse(document)
    if (step === undefined || parsed === undefined || !parsed.success) {
      const why = parsed === undefined || parsed.success ? 'no migration is known' : describeIssues(parsed.error.issues)
      return documentProblem('invalid', `it is not a valid schemaVersion ${version} assessment (${why})`)
    }
    document = step.migrate(parsed.data as never)
  }
  const parsed = assessmentSchema.safeParse(document)
  if (!parsed.success) {
    return documentProblem('invalid', `it is not a valid assessment (${describeIssues(parsed.error.issues)})`)
  }
  const isMigrated = checked.schemaVersion < ASSESSMENT_SCHEMA_VERSION
  return { ok: true, assessment: parsed.data, ...(isMigrated ? { migratedFrom: checked.schemaVersion } : {}) }
}

/** Parses the text of an assessment file and reads it (see `readAssessment`). */
export function parseAssessmentText(text: string): AssessmentRead {
  const json = parseJsonText(text)
  return json.ok ? readAssessment(json.value) : json
}
