/**
 * What changed between two rule packs: a structural diff over the pack's data, with list entries
 * matched by their key (a release by its version, a code by its code, a matrix row by its id), so
 * "a build was added" reads as one change rather than every row shifting by one.
 */
import type { RulePack } from './types'

/** One difference: an entry added or removed, or a value changed, at a readable path. */
export interface PackChange {
  readonly kind: 'added' | 'removed' | 'changed'
  /** `releases[2.6.93.0]`, `deadlines.syncStop2026.stops`, `cloudSync.readiness.nearTerm`. */
  readonly path: string
  readonly before?: unknown
  readonly after?: unknown
}

/** The two packs compared and every difference, by top-level section in the pack's order. */
export interface PackDiff {
  readonly from: { readonly version: string; readonly asOf: string }
  readonly to: { readonly version: string; readonly asOf: string }
  readonly changes: readonly PackChange[]
}

/** Fields that identify a list entry, in the order they are tried. */
const KEY_FIELDS = ['version', 'code', 'id', 'path', 'value'] as const

type Plain = Readonly<Record<string, unknown>>

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isKeyedBy(items: readonly unknown[], field: string): boolean {
  const keys = items.map((item) => (isPlain(item) ? item[field] : undefined))
  return keys.every((key) => typeof key === 'string' || typeof key === 'number') && new Set(keys).size === keys.length
}

/** The field both lists' entries are identified by (unique in each), if there is one. */
function keyFieldOf(before: readonly unknown[], after: readonly unknown[]): string | undefined {
  return before.length + after.length === 0 ? undefined : KEY_FIELDS.find((field) => isKeyedBy(before, field) && isKeyedBy(after, field))
}

function diffArrays(path: string, before: readonly unknown[], after: readonly unknown[], out: PackChange[]): void {
  const field = keyFieldOf(before, after)
  if (field !== undefined) {
    const keyed = (items: readonly unknown[]) => new Map(items.map((item) => [String((item as Plain)[field]), item]))
    const [old, next] = [keyed(before), keyed(after)]
    for (const [key, item] of next) {
      const previous = old.get(key)
      if (previous === undefined) {
        out.push({ kind: 'added', path: `${path}[${key}]`, after: item })
      } else {
        diffValues(`${path}[${key}]`, previous, item, out)
      }
    }
    for (const [key, item] of old) {
      if (!next.has(key)) {
        out.push({ kind: 'removed', path: `${path}[${key}]`, before: item })
      }
    }
    return
  }
  if ([...before, ...after].every((item) => !isPlain(item) && !Array.isArray(item))) {
    const [old, next] = [new Set(before.map((item) => JSON.stringify(item))), new Set(after.map((item) => JSON.stringify(item)))]
    next.forEach((item) => old.has(item) || out.push({ kind: 'added', path, after: JSON.parse(item) as unknown }))
    old.forEach((item) => next.has(item) || out.push({ kind: 'removed', path, before: JSON.parse(item) as unknown }))
    return
  }
  for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
    diffValues(`${path}[${index}]`, before[index], after[index], out)
  }
}

function diffValues(path: string, before: unknown, after: unknown, out: PackChange[]): void {
  if (before === undefined && after === undefined) {
    return
  }
  if (before === undefined) {
    out.push({ kind: 'added', path, after })
  } else if (after === undefined) {
    out.push({ kind: 'removed', path, before })
  } else if (Array.isArray(before) && Array.isArray(after)) {
    diffArrays(path, before, after, out)
  } else if (isPlain(before) && isPlain(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diffValues(path === '' ? key : `${path}.${key}`, before[key], after[key], out)
    }
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ kind: 'changed', path, before, after })
  }
}

/** Every difference from `before` to `after` (the pack's data and header; `version` and `asOf` are in `from`/`to`). */
export function diffPacks(before: RulePack, after: RulePack): PackDiff {
  const changes: PackChange[] = []
  const strip = ({ version: _version, asOf: _asOf, ...data }: RulePack) => data
  diffValues('', strip(before), strip(after), changes)
  return { from: { version: before.version, asOf: before.asOf }, to: { version: after.version, asOf: after.asOf }, changes }
}

function brief(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing'
  return text.length > 160 ? `${text.slice(0, 157)}...` : text
}

/** One line per change: `+ releases[2.6.93.0] {...}`, `- ...`, `~ path: before → after`. */
export function formatPackChange(change: PackChange): string {
  switch (change.kind) {
    case 'added':
      return `+ ${change.path} ${brief(change.after)}`
    case 'removed':
      return `- ${change.path} ${brief(change.before)}`
    case 'changed':
      return `~ ${change.path}: ${brief(change.before)} → ${brief(change.after)}`
  }
}
