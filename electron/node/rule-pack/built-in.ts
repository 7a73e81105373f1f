/**
 * The built-in pack, loaded through the same loader as any pack file (kind, formatVersion,
 * requiresApp, every field). It ships inside the app, so the app's own integrity (the installer's
 * code signature, the asar integrity check) vouches for it instead of a `.sig`.
 */
import { validateRulePack } from '~shared/rules/pack/load-pack'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import type { RulePackFile } from '~shared/rules/pack/types'

/** The built-in pack, validated; throws (a build defect, caught by the tests) when it does not load. */
export function loadBuiltInPack(appVersion: string, data: unknown = BUILT_IN_PACK): RulePackFile {
  const loaded = validateRulePack(data, appVersion)
  if (!loaded.ok) {
    throw new Error(`The built-in rule pack does not load: ${loaded.reason}`)
  }
  return loaded.pack
}
