/**
 * The one loader every rule pack goes through (the built-in one too): JSON text or a parsed value
 * in, a validated pack or the reason it cannot be used out. Pure: the signature is checked by the
 * Node side (`electron/node/rule-pack/`) before the text gets here.
 */
import semver from 'semver'
import { rulePackFileSchema } from './schema'
import { RULE_PACK_FORMAT_VERSION, RULE_PACK_KIND, type RulePackFile } from './types'

/** A pack that may be used, or why not (one sentence naming the field). */
export type PackLoadResult = { readonly ok: true; readonly pack: RulePackFile } | { readonly ok: false; readonly reason: string }

const MAX_LISTED = 5

/** `releases[3].endOfSupport`, as people read a path into JSON. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '')
}

function fail(reason: string): PackLoadResult {
  return { ok: false, reason }
}

function checkHeader(value: unknown, appVersion: string): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'it is not a rule pack (expected a JSON object)'
  }
  const header = value as Record<string, unknown>
  if (header.kind !== RULE_PACK_KIND) {
    return `it is not a rule pack (kind: expected "${RULE_PACK_KIND}")`
  }
  if (header.formatVersion !== RULE_PACK_FORMAT_VERSION) {
    return `formatVersion ${JSON.stringify(header.formatVersion)} is not one this app reads (it reads ${RULE_PACK_FORMAT_VERSION}); a newer app may read it`
  }
  const range = header.requiresApp
  if (typeof range !== 'string' || semver.validRange(range) === null) {
    return 'requiresApp: expected a semver range such as ">=0.1.0"'
  }
  if (!semver.satisfies(appVersion, range, { includePrerelease: true })) {
    return `the pack requires app version ${range}; this app is ${appVersion}`
  }
  return undefined
}

/** Validates a parsed pack: kind, formatVersion, requiresApp against `appVersion`, then every field. */
export function validateRulePack(value: unknown, appVersion: string): PackLoadResult {
  const problem = checkHeader(value, appVersion)
  if (problem !== undefined) {
    return fail(problem)
  }
  const parsed = rulePackFileSchema.safeParse(value)
  if (parsed.success) {
    return { ok: true, pack: parsed.data }
  }
  const issues = parsed.error.issues
  const listed = issues.slice(0, MAX_LISTED).map((issue) => `${formatFieldPath(issue.path) || 'the pack'}: ${issue.message}`)
  const more = issues.length > MAX_LISTED ? `; and ${issues.length - MAX_LISTED} more` : ''
  return fail(`${listed.join('; ')}${more}`)
}

/** Parses UTF-8 pack text (a byte-order mark allowed) and validates it. */
export function parseRulePack(text: string, appVersion: string): PackLoadResult {
  let value: unknown
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  } catch (error) {
    const trimmed = text.trimEnd()
    const message = error instanceof Error ? error.message : String(error)
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN)
    const isTruncated = trimmed.length === 0 || /end of (json )?input|unterminated string/i.test(message) || position >= trimmed.length
    return fail(isTruncated ? 'the JSON ends early (the file looks truncated or empty)' : `it is not valid JSON (${message})`)
  }
  return validateRulePack(value, appVersion)
}

function versionParts(version: string): number[] {
  return version.split('.').map((part) => Number.parseInt(part, 10) || 0)
}

/** Orders packs by `asOf`, then by `version` (numerically, part by part): negative when `a` is older. */
export function comparePacks(a: Pick<RulePackFile, 'asOf' | 'version'>, b: Pick<RulePackFile, 'asOf' | 'version'>): number {
  if (a.asOf !== b.asOf) {
    return a.asOf < b.asOf ? -1 : 1
  }
  const [left, right] = [versionParts(a.version), versionParts(b.version)]
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0)
    if (difference !== 0) {
      return difference
    }
  }
  return 0
}
