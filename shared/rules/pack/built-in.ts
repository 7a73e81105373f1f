/**
 * The built-in rule pack: `built-in-pack.json`, the pack file that ships inside the app, in the
 * same format as any other pack. Main and the command line load it through `validateRulePack`
 * (the one loader) on first use (`electron/node/rule-pack/built-in.ts`; the tests prove it
 * loads); the renderer starts from these data so the first screen waits for nothing, and main's
 * answer (the built-in pack or a newer verified one) replaces them.
 */
import builtInPackFile from './built-in-pack.json' with { type: 'json' }
import type { RulePackFile } from './types'

/** The built-in pack file's contents (typed by the pack's schema, which the loader checks). */
export const BUILT_IN_PACK: RulePackFile = builtInPackFile as unknown as RulePackFile
