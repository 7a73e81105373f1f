/**
 * Schemas of what crosses IPC for saved assessments: list entries, problems, import summaries and
 * the requests. Bounded everywhere, and built on the assessment's own schemas in shared/assessments.
 */
import { z } from 'zod'
import { ASSESSMENT_ID_PATTERN, ASSESSMENT_LIMITS, assessmentDraftSchema, assessmentSchema } from '../assessments/assessment'
import { MAX_BUNDLE_ENTRIES } from '../assessments/bundle'
import { isIsoDate } from '../dates/iso-date'
import { APP_EXPORT_FORMATS } from '../report/report-formats'
import { ipcErrorSchema } from './result'
import { MAX_LOAD_MANY } from './load-limits'

/** Most assessments one list answer carries (the folder may hold more; the newest are listed). */
export const MAX_LISTED_ASSESSMENTS = 5000

const idSchema = z.string().regex(ASSESSMENT_ID_PATTERN, 'must be a lowercase UUID')
const name = z.string().max(ASSESSMENT_LIMITS.nameChars)
const message = z.string().max(2000)

/** One assessment as the list shows it. */
export const assessmentSummarySchema = z.strictObject({
  id: idSchema,
  name,
  customer: name,
  serverName: z.string().max(ASSESSMENT_LIMITS.textChars),
  asOf: z.string().max(10).nullable(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  inputCount: z.number().int().nonnegative(),
  /** The glance (shared/assessments/assessment-glance.ts); optional for stores that do not give it. */
  version: z.string().max(ASSESSMENT_LIMITS.textChars).nullable().optional(),
  verdict: z.enum(['critical', 'action-required', 'incomplete', 'ok']).nullable().optional(),
  verdictAsOf: z.string().max(10).optional(),
  // As long as the install details allow their text.
  fqdn: z.string().max(512).optional(),
  tenant: z.string().max(512).optional(),
  migratedFrom: z.number().int().nonnegative().optional(),
})

/** A file in the folder that could not be read. */
export const assessmentFileProblemSchema = z.strictObject({
  fileName: z.string().max(1024),
  code: z.enum(['not-json', 'wrong-kind', 'newer-version', 'invalid', 'too-large', 'unreadable', 'id-mismatch']),
  message,
})

/** What `assessments:list` answers. */
export const assessmentListSchema = z.strictObject({
  entries: z.array(assessmentSummarySchema).max(MAX_LISTED_ASSESSMENTS),
  problems: z.array(assessmentFileProblemSchema).max(MAX_LISTED_ASSESSMENTS),
})

/** What `assessments:load` answers. */
export const loadedAssessmentSchema = z.strictObject({
  assessment: assessmentSchema,
  migratedFrom: z.number().int().nonnegative().optional(),
})

export { MAX_LOAD_MANY }

/** An `assessments:load-many` request: the ids to load, each at most once. */
export const loadManyRequestSchema = z.strictObject({ ids: z.array(idSchema).min(1).max(MAX_LOAD_MANY) })

/**
 * What `assessments:load-many` answers: one entry per id asked for (an id asked twice answers once), in the request's order, each
 * the loaded assessment or why that one could not be loaded (the others are loaded all the same).
 */
export const loadManyValueSchema = z.strictObject({
  loaded: z
    .array(
      z.union([
        z.strictObject({ id: idSchema, assessment: assessmentSchema, migratedFrom: z.number().int().nonnegative().optional() }),
        z.strictObject({ id: idSchema, error: ipcErrorSchema }),
      ]),
    )
    .max(MAX_LOAD_MANY),
})

/** An `{ id }` request. */
export const assessmentIdRequestSchema = z.strictObject({ id: idSchema })

/** A rename request. */
export const renameRequestSchema = z.strictObject({ id: idSchema, name: assessmentDraftSchema.shape.name })

/** An export request: the assessments to put in one bundle. */
export const exportRequestSchema = z.strictObject({ ids: z.array(idSchema).min(1).max(MAX_BUNDLE_ENTRIES) })

/** Where a save dialog's file went, or that the user canceled. */
export const savedFileValueSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  z.strictObject({ status: z.literal('saved'), fileName: z.string().max(1024), count: z.number().int().nonnegative().optional() }),
])

/** The largest text `file:save-text` writes (a script or a note; reports go through `report:export`). */
export const MAX_SAVED_TEXT_CHARS = 1_048_576

/** The file types `file:save-text` offers, by the suggested name's extension. */
export const SAVE_TEXT_TYPES = {
  ps1: 'PowerShell script',
  txt: 'Text file',
  md: 'Markdown',
  csv: 'CSV',
  json: 'JSON',
  html: 'HTML page',
} as const

/** A bare file name (no folder or reserved characters) with one of the offered extensions. */
export const SUGGESTED_FILE_NAME = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,119}\.(ps1|txt|md|csv|json|html)$/

/** True when `name` has no control characters. */
function isPrintable(name: string): boolean {
  return [...name].every((character) => character.charCodeAt(0) >= 0x20 && character.charCodeAt(0) !== 0x7f)
}

/** A `file:save-text` request: the text and the name the save dialog suggests (never a path). */
export const saveTextRequestSchema = z.strictObject({
  text: z.string().max(MAX_SAVED_TEXT_CHARS),
  suggestedName: z
    .string()
    .regex(SUGGESTED_FILE_NAME, 'must be a file name ending in .ps1, .txt, .md, .csv, .json or .html')
    .refine(isPrintable, 'must not contain control characters'),
})

/** A `report:export` request: the saved assessments to report on, the format, and whether names are redacted. */
export const reportExportRequestSchema = z.strictObject({
  ids: z.array(idSchema).min(1).max(MAX_BUNDLE_ENTRIES),
  format: z.enum(APP_EXPORT_FORMATS),
  redact: z.boolean(),
  /** The date to evaluate on; the first assessment's own as-of date (or today) when left out. */
  asOf: z.string().refine(isIsoDate, 'must be a calendar date as YYYY-MM-DD').optional(),
})

/** What `assessments:import` answers: the imported assessments and the refused entries. */
export const importValueSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  z.strictObject({
    status: z.literal('imported'),
    imported: z.array(z.strictObject({ id: idSchema, name, previousId: idSchema.optional() })).max(MAX_BUNDLE_ENTRIES),
    problems: z.array(z.strictObject({ index: z.number().int().nonnegative(), name: name.optional(), message })).max(MAX_BUNDLE_ENTRIES),
  }),
])

/** A summary of one assessment. */
export type AssessmentSummaryValue = z.infer<typeof assessmentSummarySchema>
/** The list answer. */
export type AssessmentListValue = z.infer<typeof assessmentListSchema>
/** A saved file (or a canceled dialog). */
export type SavedFileValue = z.infer<typeof savedFileValueSchema>
/** An import's outcome. */
export type ImportValue = z.infer<typeof importValueSchema>
