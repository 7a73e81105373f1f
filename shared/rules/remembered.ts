/**
 * Pure helpers the rules call for every server, remembered per argument.
 *
 * Every server asks the same few questions of the same deadlines and floors
 * (`isOnOrAfter(asOf, '2026-09-30')`, `isBelow(version, '2.5.79.0')`), and each answer otherwise
 * re-validates and re-parses both strings. Same results and same errors as `shared/dates/iso-date`,
 * `calendar-months` and `shared/version/four-part-version`: a call that throws is not remembered.
 */
import * as dates from '../dates/iso-date'
import * as versions from '../version/four-part-version'
import * as months from './calendar-months'

/** Answers kept per helper before starting over: far more than a pack and a fleet's versions need. */
const MAX_ENTRIES = 4096

/**
 * The answer kept in `answers` for `key`, or `compute()`'s, then kept: at `max` answers the map
 * starts over. A call that throws keeps nothing.
 */
export function answerOnce<K, R>(answers: Map<K, R>, key: K, max: number, compute: () => R): R {
  const known = answers.get(key)
  if (known !== undefined || answers.has(key)) {
    return known as R
  }
  return keep(answers, key, max, compute())
}

/** Keeps `answer` for `key` (starting over at `max` answers) and returns it. */
function keep<K, R>(answers: Map<K, R>, key: K, max: number, answer: R): R {
  if (answers.size >= max) {
    answers.clear()
  }
  answers.set(key, answer)
  return answer
}

/** Wraps a pure one-argument function so each answer is computed once (up to `MAX_ENTRIES` kept). */
export function rememberOne<A extends string | number, R>(compute: (a: A) => R): (a: A) => R {
  const answers = new Map<A, R>()
  // Looked up here rather than through answerOnce: no closure is made for an answer already kept.
  return (a) => {
    const known = answers.get(a)
    return known !== undefined || answers.has(a) ? (known as R) : keep(answers, a, MAX_ENTRIES, compute(a))
  }
}

/** Wraps a pure two-argument function so each answer is computed once (up to `MAX_ENTRIES` per first argument). */
export function rememberTwo<B, R>(compute: (a: string, b: B) => R): (a: string, b: B) => R {
  const byFirst = rememberOne(() => new Map<B, R>())
  return (a, b) => {
    const answers = byFirst(a)
    const known = answers.get(b)
    return known !== undefined || answers.has(b) ? (known as R) : keep(answers, b, MAX_ENTRIES, compute(a, b))
  }
}

/** `isOnOrAfter` from `shared/dates/iso-date`, remembered. */
export const isOnOrAfter = rememberTwo(dates.isOnOrAfter)
/** `daysBetween` from `shared/dates/iso-date`, remembered. */
export const daysBetween = rememberTwo(dates.daysBetween)
/** `addDays` from `shared/dates/iso-date`, remembered. */
export const addDays = rememberTwo(dates.addDays)
/** `wholeMonthsBetween` from `shared/rules/calendar-months`, remembered. */
export const wholeMonthsBetween = rememberTwo(months.wholeMonthsBetween)
/** `isBelow` from `shared/version/four-part-version`, remembered. */
export const isBelow = rememberTwo(versions.isBelow)
/** `compareVersions` from `shared/version/four-part-version`, remembered. */
export const compareVersions = rememberTwo(versions.compareVersions)
/** A count as people read it in English (`100,000`), remembered: `toLocaleString` is slow. */
export const formatCount = rememberOne((count: number) => count.toLocaleString('en-US'))
