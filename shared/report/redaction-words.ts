/**
 * Which values are names, and which names can be searched for in free text.
 *
 * A name is searched for in messages and notes only when it is distinctive: not a word the app
 * itself writes as a value (a verdict, a status, an enum value of the install details) and not a
 * number or a version. A server named `ok` is still replaced where it stands as the server's name,
 * but `ok` as a verdict stays `ok`; a tenant id equal to `2.4.27.0` is replaced in the tenant field
 * and nowhere else, so the version stays.
 */
import { AUTO_UPGRADE_STATES, CLOUDS, FEATURE_NAMES, SIGN_IN_METHODS } from '../types/install-details-values'
import { foldName } from './redaction-text'

const VALUE_WORDS = [
  // Verdicts, statuses, steps, severities and confidences.
  ...['critical', 'action-required', 'incomplete', 'ok', 'pass', 'info', 'warn', 'fail', 'unknown', 'not-applicable'],
  ...['version', 'prerequisites', 'autoupgrade', 'staging', 'cloudsync', 'blocker', 'warning', 'documented', 'derived', 'uncertain'],
  // The install details' enum values.
  ...CLOUDS,
  ...SIGN_IN_METHODS,
  ...AUTO_UPGRADE_STATES,
  ...FEATURE_NAMES,
  ...['Server', 'Server Core', 'express', 'custom', 'dirsync-upgrade', 'localdb', 'sql', 'Application', 'ServiceAccount', 'Desktop', 'Core'],
  ...['true', 'false', 'null', 'yes', 'no', 'none', 'not provided'],
]

/** The folded words above: never searched for in free text. */
const VOCABULARY = new Set(VALUE_WORDS.map((word) => foldName(word)))

/** Digits with dots, commas, colons, dashes or spaces only: a number, a version, a date. */
const NUMBER_LIKE = /^[\d.,:\s/-]+$/

/** Shortest name searched for in free text (two letters such as `dc` are everywhere in words). */
const MIN_SEARCHED_LENGTH = 3

/** True when the folded name `name` may be searched for, and replaced, in free text. */
export function isDistinctive(name: string): boolean {
  return name.length >= MIN_SEARCHED_LENGTH && !NUMBER_LIKE.test(name) && !VOCABULARY.has(name)
}

/** Keys whose values are names of some kind (as `redaction-discovery.ts` registers them). */
const NAME_KEY = /tenant|account|user|upn|principal|sam|domain|forest|netbios|host|computer|machine|fqdn|servername/i

/** True when the value at field `path` is a name as a whole: replaced whole when it is a known original. */
export function isNamePath(path: string): boolean {
  const key = path.slice(path.lastIndexOf('.') + 1)
  return path === 'server.name' || path === 'customer' || NAME_KEY.test(key)
}

const QUOTED = /"[^"\r\n]{0,4096}"/g

/**
 * An unreadable file's message without the values it quotes from the file (`"kind" is
 * "CONTOSO-SECRET"`): they may be names that the run never saw anywhere else.
 */
export function withoutQuotedValues(message: string): string {
  return message.replace(QUOTED, '"…"')
}
