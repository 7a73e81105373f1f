/**
 * The IPC contract: every channel, its request and response schemas, and the name the preload
 * exposes it under. The one source of truth for main, preload, renderer and tests.
 */
import { z } from 'zod'
import { collectorScriptSchema, importedInputSchema, saveScriptValueSchema } from './input-schemas'
import { assessmentDraftSchema, assessmentSchema } from '../assessments/assessment'
import {
  assessmentIdRequestSchema,
  assessmentListSchema,
  exportRequestSchema,
  importValueSchema,
  loadedAssessmentSchema,
  loadManyRequestSchema,
  loadManyValueSchema,
  renameRequestSchema,
  savedFileValueSchema,
  saveTextRequestSchema,
  reportExportRequestSchema,
} from './assessment-schemas'
import { CHANNELS, EXTERNAL_LINK_HOSTS, type Channel } from './channels'
import { resultSchema } from './result'
import { activePackSchema, importPackValueSchema, inspectKeyValueSchema, trustedKeysValueSchema } from './rule-pack-schemas'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** What `app:get-info` answers. */
export const appInfoSchema = z.strictObject({
  appVersion: z.string(),
  rulePack: z.strictObject({ version: z.string(), asOf: isoDate }),
  platform: z.string(),
  /** Today's date on this machine: the default as-of date. */
  today: isoDate,
})

/**
 * What `details:open-file` answers: the chosen file's facts (any accepted input: the contract's
 * JSON or one of its text forms, the format detected), or that the user canceled.
 */
export const openFileValueSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  importedInputSchema.extend({ status: z.literal('opened') }),
])

/**
 * What `details:open-folder` answers: a Get-ADSyncServerConfiguration export folder read as one
 * input (format `server-configuration-folder`, the folder's name as its file name), or that the
 * user canceled. The same shape as an opened file.
 */
export const openFolderValueSchema = openFileValueSchema

/** The most text one copy puts on the clipboard (a remediation script is a few KB). */
export const MAX_CLIPBOARD_CHARS = 65_536

export { CHANNELS, EXTERNAL_LINK_HOSTS, type Channel }

/** What the contract holds for one channel. */
interface ChannelSchemas {
  readonly api: readonly [string, string]
  readonly request: z.ZodType
  readonly response: z.ZodType
}

/**
 * The channels, each name of `CHANNELS` exactly once (a missing or extra one does not compile).
 * `api` is the path the preload exposes (`window.api.details.openFile()`).
 * Requests are strict objects: unknown keys are rejected.
 */
export const IPC_CONTRACT = {
  'app:get-info': {
    api: ['app', 'getInfo'],
    request: z.strictObject({}),
    response: resultSchema(appInfoSchema),
  },
  'details:open-file': {
    api: ['details', 'openFile'],
    request: z.strictObject({}),
    response: resultSchema(openFileValueSchema),
  },
  'details:open-folder': {
    api: ['details', 'openFolder'],
    request: z.strictObject({}),
    response: resultSchema(openFolderValueSchema),
  },
  'clipboard:write-text': {
    api: ['clipboard', 'writeText'],
    request: z.strictObject({ text: z.string().max(MAX_CLIPBOARD_CHARS) }),
    response: resultSchema(z.strictObject({ copied: z.literal(true) })),
  },
  'link:open-external': {
    api: ['link', 'openExternal'],
    request: z.strictObject({ url: z.string().max(2048) }),
    response: resultSchema(z.strictObject({ opened: z.literal(true) })),
  },
  'collector:get-script': {
    api: ['collector', 'getScript'],
    request: z.strictObject({}),
    response: resultSchema(collectorScriptSchema),
  },
  'collector:save-script': {
    api: ['collector', 'saveScript'],
    request: z.strictObject({}),
    response: resultSchema(saveScriptValueSchema),
  },
  'collector:run': {
    api: ['collector', 'run'],
    request: z.strictObject({}),
    response: resultSchema(importedInputSchema),
  },
  'collector:cancel': {
    api: ['collector', 'cancel'],
    request: z.strictObject({}),
    response: resultSchema(z.strictObject({ canceled: z.boolean() })),
  },
  'assessments:list': {
    api: ['assessments', 'list'],
    request: z.strictObject({}),
    response: resultSchema(assessmentListSchema),
  },
  'assessments:load': {
    api: ['assessments', 'load'],
    request: assessmentIdRequestSchema,
    response: resultSchema(loadedAssessmentSchema),
  },
  'assessments:load-many': {
    api: ['assessments', 'loadMany'],
    request: loadManyRequestSchema,
    response: resultSchema(loadManyValueSchema),
  },
  'assessments:save': {
    api: ['assessments', 'save'],
    request: assessmentDraftSchema,
    response: resultSchema(assessmentSchema),
  },
  'assessments:rename': {
    api: ['assessments', 'rename'],
    request: renameRequestSchema,
    response: resultSchema(assessmentSchema),
  },
  'assessments:duplicate': {
    api: ['assessments', 'duplicate'],
    request: assessmentIdRequestSchema,
    response: resultSchema(assessmentSchema),
  },
  'assessments:delete': {
    api: ['assessments', 'delete'],
    request: assessmentIdRequestSchema,
    response: resultSchema(assessmentIdRequestSchema),
  },
  'assessments:export': {
    api: ['assessments', 'export'],
    request: exportRequestSchema,
    response: resultSchema(savedFileValueSchema),
  },
  'assessments:import': {
    api: ['assessments', 'import'],
    request: z.strictObject({}),
    response: resultSchema(importValueSchema),
  },
  'file:save-text': {
    api: ['file', 'saveText'],
    request: saveTextRequestSchema,
    response: resultSchema(savedFileValueSchema),
  },
  'report:export': {
    api: ['report', 'export'],
    request: reportExportRequestSchema,
    response: resultSchema(savedFileValueSchema),
  },
  'rule-pack:get-active': {
    api: ['rulePack', 'getActive'],
    request: z.strictObject({}),
    response: resultSchema(activePackSchema),
  },
  'rule-pack:import': {
    api: ['rulePack', 'import'],
    request: z.strictObject({}),
    response: resultSchema(importPackValueSchema),
  },
  'rule-pack:list-keys': {
    api: ['rulePack', 'listKeys'],
    request: z.strictObject({}),
    response: resultSchema(trustedKeysValueSchema),
  },
  'rule-pack:inspect-key': {
    api: ['rulePack', 'inspectKey'],
    request: z.strictObject({}),
    response: resultSchema(inspectKeyValueSchema),
  },
  'rule-pack:trust-key': {
    api: ['rulePack', 'trustKey'],
    request: z.strictObject({ fingerprint: z.string().regex(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/) }),
    response: resultSchema(trustedKeysValueSchema),
  },
} as const satisfies Readonly<Record<Channel, ChannelSchemas>>

/** A channel's request payload. */
export type RequestOf<C extends Channel> = z.infer<(typeof IPC_CONTRACT)[C]['request']>
/** A channel's response payload. */
export type ResponseOf<C extends Channel> = z.infer<(typeof IPC_CONTRACT)[C]['response']>
/** App info. */
export type AppInfo = z.infer<typeof appInfoSchema>
/** An opened (or canceled) file. */
export type OpenFileValue = z.infer<typeof openFileValueSchema>
