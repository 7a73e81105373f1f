/**
 * Entra Connect's four-part build numbers (`2.4.18.0`), parsed and compared numerically.
 *
 * All four parts count. `semver.coerce('2.4.18.1')` drops the fourth part, so semver is never the
 * comparison here (docs/interface.md §1: versions are four-part).
 */

/** A parsed four-part version: major.minor.build.revision, each a non-negative integer. */
export type FourPartVersion = readonly [number, number, number, number]

const VERSION_PATTERN = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/

/**
 * Parses `a.b.c.d` into four numbers, or returns `undefined` for anything else.
 *
 * Leading and trailing white space is ignored; each part is 1 to 9 decimal digits. Three-part and
 * five-part strings, signs, letters and empty parts are rejected rather than guessed at.
 */
export function parseVersion(text: string): FourPartVersion | undefined {
  const match = VERSION_PATTERN.exec(text.trim())
  if (match === null) {
    return undefined
  }
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])]
}

/** True when `text` is a well-formed four-part version. */
export function isVersion(text: string): boolean {
  return parseVersion(text) !== undefined
}

/** Compares two parsed versions: negative when `a` is older, 0 when equal, positive when newer. */
export function compareParsed(a: FourPartVersion, b: FourPartVersion): number {
  for (let index = 0; index < 4; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0)
    if (difference !== 0) {
      return difference < 0 ? -1 : 1
    }
  }
  return 0
}

/**
 * Compares two version strings numerically, part by part (`2.5.8.0` < `2.5.79.0`).
 *
 * Throws on a malformed string: callers validate input first (the schema does), so a throw here
 * is a programming error, which `evaluateRules` turns into an `unknown` finding.
 */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a)
  const right = parseVersion(b)
  if (left === undefined || right === undefined) {
    throw new Error(`Not a four-part version: ${left === undefined ? a : b}`)
  }
  return compareParsed(left, right)
}

/** True when `version` is strictly older than `minimum`. */
export function isBelow(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) < 0
}

/** Formats a parsed version back to its canonical `a.b.c.d` text (no leading zeros). */
export function formatVersion(version: FourPartVersion): string {
  return version.join('.')
}
