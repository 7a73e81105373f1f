/**
 * A saved assessment: one server's inputs, the user's answers and notes, as main stores it.
 *
 * Pure (zod only), so the renderer and main share the schema and its types. The file on disk is
 * this document as JSON; older shapes are brought up to date by `migrations.ts`.
 */
import { z } from 'zod'
import { isIsoDate } from '../dates/iso-date'
import { isUnsafePath } from '../intake/dotted-path'
import { MAX_FACT_PATH_LENGTH, MAX_FACT_TEXT_LENGTH, MAX_INPUT_FACTS, MAX_INPUT_NOTES, MAX_NOTE_LENGTH } from '../import/input-facts'
import { isBoundedFactList } from '../import/fact-list'
import { FORMAT_LABELS, type FactList, type InputFormat } from '../import/text-forms/types'

/** The `kind` of a saved assessment file. */
export const ASSESSMENT_KIND = 'entra-connect-assessment'
/** The schema version this build writes. Older versions are migrated on read; newer ones are refused. */
export const ASSESSMENT_SCHEMA_VERSION = 2

/** Ids are lowercase UUIDs: they name the file, so nothing else (no `..`, no case twins on Windows). */
export const ASSESSMENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Limits that keep one file within what the store reads (see the store's size limit). */
export const ASSESSMENT_LIMITS = {
  nameChars: 200,
  textChars: 256,
  notesChars: 100_000,
  inputs: 200,
  answerChars: 4096,
  answers: 2000,
} as const

const IMPORTED_FORMATS = Object.keys(FORMAT_LABELS) as [InputFormat, ...InputFormat[]]

/** Where an input's facts came from: a file or pasted text in one of the importer's formats, the form, or an answer. */
export const assessmentInputFormatSchema = z.enum([...IMPORTED_FORMATS, 'typed', 'answered'])

/** An input's format. */
export type AssessmentInputFormat = z.infer<typeof assessmentInputFormatSchema>

const ANSWER_KEY = /^[A-Za-z0-9][\w.:/-]*$/

// A path segment that would reach an object's prototype when merged is refused on the way in.
const factPath = z.string().min(1).max(MAX_FACT_PATH_LENGTH).refine((path) => !isUnsafePath(path), 'not a document path')

const factSchema = z.strictObject({
  path: factPath,
  // A list (sync rules, connectors) widens schema 2 without a new version: older files hold
  // scalars only, which stay valid.
  value: z.union([
    z.string().max(MAX_FACT_TEXT_LENGTH),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.custom<FactList>(isBoundedFactList, 'a list too long, too deep or not of plain values'),
  ]),
  line: z.number().int().positive().max(10_000_000).optional(),
})

/** One input and its facts, as `shared/import` produces them (plus typed and answered facts). */
export const assessmentInputSchema = z.strictObject({
  /** The file name, "pasted text", "typed in", or the question that was answered. */
  source: z.string().min(1).max(1024),
  format: assessmentInputFormatSchema,
  facts: z.array(factSchema).max(MAX_INPUT_FACTS),
  /** What the importer saw but could not use (`toInputFacts`). */
  notes: z.array(z.string().max(MAX_NOTE_LENGTH)).max(MAX_INPUT_NOTES).optional(),
})

/** One input of an assessment. */
export type AssessmentInput = z.infer<typeof assessmentInputSchema>

const answersSchema = z
  .record(z.string().max(256).regex(ANSWER_KEY), z.union([z.boolean(), z.string().max(ASSESSMENT_LIMITS.answerChars)]))
  .refine((answers) => Object.keys(answers).length <= ASSESSMENT_LIMITS.answers, `at most ${ASSESSMENT_LIMITS.answers} answers`)

/** The user's choice per field the inputs disagree on: field path → the source label chosen. */
const conflictChoicesSchema = z
  .record(factPath, z.string().min(1).max(ASSESSMENT_LIMITS.answerChars))
  .refine((choices) => Object.keys(choices).length <= ASSESSMENT_LIMITS.answers, `at most ${ASSESSMENT_LIMITS.answers} choices`)

const isoDate = z.string().refine(isIsoDate, 'must be a calendar date as YYYY-MM-DD')
const timestamp = z.iso.datetime({ offset: true })

/** What the user edits: everything but the identity and the timestamps main keeps. */
const editableShape = {
  name: z.string().trim().min(1).max(ASSESSMENT_LIMITS.nameChars),
  customer: z.string().trim().max(ASSESSMENT_LIMITS.nameChars),
  serverName: z.string().trim().max(ASSESSMENT_LIMITS.textChars),
  /** The staging partner's server name, when the user says which it is (fleet view pairing). */
  pairWith: z.string().trim().max(ASSESSMENT_LIMITS.textChars).optional(),
  /**
   * The id of another saved assessment the user said is an earlier or later run of the same server
   * (the Fleet's "Same server, later run?"), for servers whose name alone cannot tell.
   */
  sameServerAs: z.string().regex(ASSESSMENT_ID_PATTERN, 'must be a lowercase UUID').optional(),
  inputs: z.array(assessmentInputSchema).max(ASSESSMENT_LIMITS.inputs),
  /** Open record: Cloud Sync answers, checklist ticks (`checklist:backup-taken` → true), the role. */
  answers: answersSchema,
  /**
   * Where the inputs disagree, the source the user chose (`{ "connect.version": "AADC01.json" }`).
   * New in schema version 2 (version 1 kept them as `conflict:` answers; see migrations.ts).
   * Every path that derives findings applies them (shared/intake/derive.ts).
   */
  conflictChoices: conflictChoicesSchema.optional(),
  /** The as-of date the user chose; null means "today" whenever it is opened. */
  asOf: isoDate.nullable(),
  notes: z.string().max(ASSESSMENT_LIMITS.notesChars),
  /**
   * The rule pack that assessed it when it was last saved. Optional (since schema version 1):
   * files saved before packs were recorded have none ("not recorded"), and older builds keep it
   * (the top level is loose), so no migration is needed.
   */
  rulePack: z.strictObject({ version: z.string().min(1).max(40), asOf: isoDate }).optional(),
}

/**
 * A saved assessment (schema version 2). Loose at the top level so that fields a newer build of
 * the same schema version adds survive a save by this one.
 */
export const assessmentSchema = z.looseObject({
  kind: z.literal(ASSESSMENT_KIND),
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  id: z.string().regex(ASSESSMENT_ID_PATTERN, 'must be a lowercase UUID'),
  ...editableShape,
  createdAt: timestamp,
  updatedAt: timestamp,
})

/** A saved assessment. */
export type Assessment = z.infer<typeof assessmentSchema>

/** What a save asks for: the editable fields, and the id when it updates an existing assessment. */
export const assessmentDraftSchema = z.strictObject({
  id: z.string().regex(ASSESSMENT_ID_PATTERN, 'must be a lowercase UUID').optional(),
  ...editableShape,
})

/** A save request. */
export type AssessmentDraft = z.infer<typeof assessmentDraftSchema>

/** True when `id` can name an assessment file. */
export function isAssessmentId(id: string): boolean {
  return ASSESSMENT_ID_PATTERN.test(id)
}
