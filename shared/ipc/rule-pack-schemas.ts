/**
 * The rule pack channels' values: the pack in use (its data, checked by the pack's own schema on
 * the way out of main), where it came from, and the keys trusted to sign packs.
 */
import { z } from 'zod'
import { rulePackFileSchema } from '../rules/pack/schema'
import type { RulePackFile } from '../rules/pack/types'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const fingerprint = z.string().regex(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/)

/** A key trusted to sign packs, as the app shows it. */
export const trustedKeyViewSchema = z.strictObject({
  name: z.string().max(200),
  /** `release`: the maintainers' (shipped with the app); `user`: added on this computer. */
  origin: z.enum(['release', 'user']),
  fingerprint,
})

/** Where the pack in use came from. */
export const packOriginSchema = z.strictObject({
  version: z.string().max(40),
  asOf: isoDate,
  /** `built-in` ships inside the app; `imported` was verified and kept in the app's data folder. */
  source: z.enum(['built-in', 'imported']),
  /** The imported file's name (as chosen). */
  fileName: z.string().max(260).optional(),
  signer: trustedKeyViewSchema.optional(),
})

/** What `rule-pack:get-active` answers: the pack the rules read, its origin, the built-in one's, and what was refused. */
export const activePackSchema = z.strictObject({
  pack: rulePackFileSchema,
  origin: packOriginSchema,
  builtIn: z.strictObject({ version: z.string().max(40), asOf: isoDate }),
  /** Stored packs that no longer pass the checks (a key was removed, a file was changed), each with its reason. */
  refused: z.array(z.string().max(1000)).max(50),
})

/** What `rule-pack:import` answers. */
export const importPackValueSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  z.strictObject({
    status: z.literal('imported'),
    imported: packOriginSchema,
    /** False when a newer verified pack stays in use. */
    isInUse: z.boolean(),
    active: activePackSchema,
  }),
])

/** What `rule-pack:inspect-key` answers: the chosen key's fingerprint, for the user to compare before trusting it. */
export const inspectKeyValueSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('canceled') }),
  z.strictObject({ status: z.literal('chosen'), key: trustedKeyViewSchema, isAlreadyTrusted: z.boolean() }),
])

/** The keys trusted to sign packs. */
export const trustedKeysValueSchema = z.strictObject({ keys: z.array(trustedKeyViewSchema).max(100) })

/** The pack in use, as the renderer receives it (the pack typed as the rules read it). */
export type ActivePack = Omit<z.infer<typeof activePackSchema>, 'pack'> & { readonly pack: RulePackFile }
/** Where a pack came from. */
export type PackOrigin = z.infer<typeof packOriginSchema>
/** A trusted key as shown. */
export type TrustedKeyView = z.infer<typeof trustedKeyViewSchema>
/** The import's answer. */
export type ImportPackValue =
  | { readonly status: 'canceled' }
  | (Omit<Extract<z.infer<typeof importPackValueSchema>, { status: 'imported' }>, 'active'> & { readonly active: ActivePack })
/** The key inspection's answer. */
export type InspectKeyValue = z.infer<typeof inspectKeyValueSchema>
