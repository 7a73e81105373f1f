/**
 * Answers that depend only on the rule pack and the as-of date, computed once per pair.
 *
 * Every server of a fleet is assessed with the same pack and date, and several rules ask the same
 * questions of the pack's release list for each one (the newest build published by then, the
 * lowest build to accept). The pack is immutable data, so the answer is kept per pack object (a
 * `WeakMap`: a pack no longer used is not kept alive) and per key. A call that throws is not kept.
 */
import type { RulePack } from './pack/types'
import { answerOnce } from './remembered'

/** Keys kept per pack before starting over: far more than the dates one run asks about. */
const MAX_KEYS = 256

/** Wraps `compute` so each (pack, key) answer is computed once. The answer must not be changed by callers. */
export function rememberPerPack<R>(compute: (pack: RulePack, key: string) => R): (pack: RulePack, key: string) => R {
  const byPack = new WeakMap<RulePack, Map<string, R>>()
  return (pack, key) => {
    let answers = byPack.get(pack)
    if (answers === undefined) {
      answers = new Map()
      byPack.set(pack, answers)
    }
    return answerOnce(answers, key, MAX_KEYS, () => compute(pack, key))
  }
}
