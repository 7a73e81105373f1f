/**
 * The built-in rule pack: the pack file that ships inside the app, in the same format as any
 * other pack. Main and the command line load it through `validateRulePack` (the one loader) on
 * start; the renderer starts from these data so the first screen waits for nothing, and main's
 * answer (the built-in pack or a newer verified one) replaces them.
 */
import { RULE_PACK } from './data'
import { RULE_PACK_FORMAT_VERSION, RULE_PACK_KIND, type RulePackFile } from './types'

/** The built-in pack file's contents. */
export const BUILT_IN_PACK: RulePackFile = { kind: RULE_PACK_KIND, formatVersion: RULE_PACK_FORMAT_VERSION, requiresApp: '>=0.1.0', ...RULE_PACK }
