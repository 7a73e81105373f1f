/**
 * A pack diff in plain words, for the app's *What changed*: one line per change, grouped by what
 * it is about (builds, deadlines, thresholds, auto-upgrade codes, Cloud Sync), with the raw path
 * and values kept for a Details toggle.
 */
import type { DateFormatter } from '~shared/dates/iso-date'
import type { PackChange, PackDiff } from './pack-diff'

/** One change said in words, with its path and values for the details. */
export interface WordedChange {
  readonly text: string
  readonly detail: string
}

/** The changes about one part of the pack. */
export interface WordedSection {
  readonly title: string
  readonly changes: readonly WordedChange[]
}

const SECTIONS: readonly { readonly prefix: string; readonly title: string }[] = [
  { prefix: 'releases', title: 'Builds' },
  { prefix: 'deadlines', title: 'Deadlines' },
  { prefix: 'thresholds', title: 'Thresholds' },
  { prefix: 'upgradeCodes', title: 'Auto-upgrade codes' },
  { prefix: 'cloudSync', title: 'Cloud Sync' },
]

function valueText(value: unknown, formatDate: DateFormatter): string {
  if (value === null || value === undefined) {
    return 'none'
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return formatDate(value)
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value)
}

function brief(value: unknown, formatDate: DateFormatter): string {
  const text = valueText(value, formatDate)
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}

function releaseText(change: PackChange, key: string, field: string | undefined, formatDate: DateFormatter): string {
  if (field === undefined) {
    const release = (change.after ?? change.before) as { releasedOn?: unknown; endOfSupport?: unknown; confidence?: unknown }
    const facts = `released ${valueText(release.releasedOn, formatDate)}, end of support ${valueText(release.endOfSupport, formatDate)}, ${valueText(release.confidence, formatDate)}`
    return change.kind === 'added' ? `Build ${key} added (${facts})` : `Build ${key} removed (it was: ${facts})`
  }
  return `Build ${key}: ${field} ${brief(change.before, formatDate)} → ${brief(change.after, formatDate)}`
}

function describe(change: PackChange, formatDate: DateFormatter): string {
  const keyed = /^(\w+)\[([^\]]+)\](?:\.(.+))?$/.exec(change.path)
  if (keyed?.[1] === 'releases' && keyed[2] !== undefined) {
    return releaseText(change, keyed[2], keyed[3], formatDate)
  }
  if (keyed?.[1] === 'upgradeCodes' && keyed[2] !== undefined) {
    return keyed[3] === undefined ? `Code ${keyed[2]} ${change.kind}` : `Code ${keyed[2]}: ${keyed[3]} ${brief(change.before, formatDate)} → ${brief(change.after, formatDate)}`
  }
  const row = /\[([^\]]+)\]/.exec(change.path)?.[1]
  const subject = row === undefined ? change.path.split('.').slice(1).join(' ') || change.path : `${row}${change.path.endsWith(']') ? '' : ` (${change.path.split('.').pop() ?? ''})`}`
  switch (change.kind) {
    case 'added':
      return `${subject}: added ${brief(change.after, formatDate)}`
    case 'removed':
      return `${subject}: removed ${brief(change.before, formatDate)}`
    case 'changed':
      return `${subject}: ${brief(change.before, formatDate)} → ${brief(change.after, formatDate)}`
  }
}

/** The diff's changes, worded (dates through `formatDate`) and grouped in the pack's order; sections without changes are left out. */
export function wordPackDiff(diff: PackDiff, formatDate: DateFormatter): readonly WordedSection[] {
  const sections = new Map<string, WordedChange[]>()
  for (const change of diff.changes) {
    const title = SECTIONS.find((section) => change.path.startsWith(section.prefix))?.title ?? 'Other'
    const list = sections.get(title) ?? []
    list.push({ text: describe(change, formatDate), detail: `${change.kind} ${change.path}${change.kind === 'changed' ? `: ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}` : ''}` })
    sections.set(title, list)
  }
  return [...SECTIONS.map((section) => section.title), 'Other'].flatMap((title) => {
    const changes = sections.get(title)
    return changes === undefined ? [] : [{ title, changes }]
  })
}
