/**
 * Schemas of what crosses IPC when install details come in: an imported input's facts (from an
 * opened file or the collector) and the collector script. Bounded everywhere: the renderer never
 * receives an unbounded array or string.
 */
import { z } from 'zod'
import { isBoundedFactList } from '../import/fact-list'
import {
  MAX_FACT_PATH_LENGTH,
  MAX_FACT_TEXT_LENGTH,
  MAX_INPUT_FACTS,
  MAX_INPUT_NOTES,
  MAX_NOTE_LENGTH,
} from '../import/input-facts'
import { FORMAT_LABELS, type FactList, type InputFormat } from '../import/text-forms/types'

/** Every input format, for schemas and lists. */
export const INPUT_FORMATS = Object.keys(FORMAT_LABELS) as [InputFormat, ...InputFormat[]]

/** The text encodings the reader accepts. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le'] as const

/** One fact: a document path, a scalar or bounded list value, and the line it was read from. */
export const factSchema = z.strictObject({
  path: z.string().min(1).max(MAX_FACT_PATH_LENGTH),
  value: z.union([
    z.string().max(MAX_FACT_TEXT_LENGTH),
    z.number(),
    z.boolean(),
    z.null(),
    z.custom<FactList>(isBoundedFactList, 'a list too long, too deep or not of plain values'),
  ]),
  line: z.number().int().positive().max(10_000_000).optional(),
})

/** An input read by main: its file name, encoding, detected format, facts and notes. */
export const importedInputSchema = z.strictObject({
  fileName: z.string().max(1024),
  encoding: z.enum(TEXT_ENCODINGS),
  format: z.enum(INPUT_FORMATS),
  facts: z.array(factSchema).max(MAX_INPUT_FACTS),
  notes: z.array(z.string().max(MAX_NOTE_LENGTH)).max(MAX_INPUT_NOTES),
})

/** The largest collector script the app ships or shows (the script is about 14 KB). */
export const MAX_SCRIPT_CHARS = 65_536

/** What `collector:get-script` answers: the script's file name and text, for showing and copying. */
export const collectorScriptSchema = z.strictObject({
  fileName: z.string().max(255),
  text: z.string().max(MAX_SCRIPT_CHARS),
})

/** What `collector:save-script` answers: where it was saved, or that the user canceled. */
export const saveScriptValueSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  z.strictObject({ status: z.literal('saved'), fileName: z.string().max(1024) }),
])

/** An input read by main. */
export type ImportedInput = z.infer<typeof importedInputSchema>
/** The collector script. */
export type CollectorScript = z.infer<typeof collectorScriptSchema>
/** A saved (or canceled) script. */
export type SaveScriptValue = z.infer<typeof saveScriptValueSchema>
