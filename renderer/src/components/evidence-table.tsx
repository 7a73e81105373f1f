/**
 * The facts a finding rests on, one row per value: what it is in plain words, the value seen and
 * where that value came from. A group of values (the TLS registry keys, the optional features) is
 * split into one row per value, never shown as JSON.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { listLabels } from '~shared/rules/customizations/sync-rule-kinds'
import { NOT_PROVIDED, type EvidenceEntry } from '~shared/rules/types'
import { labelForPath } from '../features/details/form-groups'
import { EVIDENCE_LABELS } from './evidence-labels'
import { SimpleTable } from './simple-table'

/** Props of {@link EvidenceTable}. */
export interface EvidenceTableProps {
  /** Field path → value and source, as the finding carries it. */
  readonly evidence: Readonly<Record<string, EvidenceEntry>>
  readonly label: string
  /** Where the value at one path came from (the walk's provenance), when it knows better than the finding. */
  readonly sourceOf?: (path: string) => string | undefined
}

const useStyles = makeStyles({
  unknown: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  region: { overflowX: 'auto', maxWidth: '100%' },
})

const COLUMNS = [{ title: 'Install detail' }, { title: 'Value' }, { title: 'From' }]

/** What the fact at `path` is, in words: the form's label, else the evidence's own, else the path itself. */
export function evidenceLabel(path: string): string {
  const label = labelForPath(path)
  return label !== path ? label : (EVIDENCE_LABELS[path] ?? path)
}

function nameOf(item: unknown): string | undefined {
  const name = item !== null && typeof item === 'object' ? (item as { readonly name?: unknown }).name : undefined
  return typeof name === 'string' && name !== '' ? name : undefined
}

/**
 * A value as text: `null` (unknown) reads "not known"; a list or group reads as its parts, never
 * as JSON; a list of named items (sync rules, connectors) reads as how many and the first names.
 */
export function formatEvidenceValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'not known'
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return 'none'
    }
    const names = value.map(nameOf)
    return names.every((name) => name !== undefined)
      ? `${value.length.toLocaleString('en-US')} in all: ${listLabels(names as readonly string[])}`
      : value.map(formatEvidenceValue).join(', ')
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([key, part]) => `${key}: ${formatEvidenceValue(part)}`)
    .join('; ')
}

/** One row of evidence: a single value at a document path. */
export interface EvidenceRow {
  readonly path: string
  readonly value: unknown
  readonly from: string
}

/** The evidence as single values: groups (objects) are split into their leaves, each with its own source. */
export function evidenceRows(evidence: Readonly<Record<string, EvidenceEntry>>, sourceOf?: (path: string) => string | undefined): readonly EvidenceRow[] {
  const rows: EvidenceRow[] = []
  const visit = (path: string, value: unknown, from: string) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      for (const [key, part] of Object.entries(value as Record<string, unknown>)) {
        visit(`${path}.${key}`, part, from)
      }
      return
    }
    const known = value !== null && value !== undefined
    rows.push({ path, value, from: known ? (sourceOf?.(path) ?? from) : NOT_PROVIDED })
  }
  for (const [path, entry] of Object.entries(evidence)) {
    visit(path, entry.value, entry.from)
  }
  return rows
}

/** A small table of evidence rows; says so plainly when a finding has none. */
export function EvidenceTable({ evidence, label, sourceOf }: EvidenceTableProps) {
  const styles = useStyles()
  const entries = evidenceRows(evidence, sourceOf)
  if (entries.length === 0) {
    return <p>This check does not read any install detail.</p>
  }
  const rows = entries.map((entry) => ({
    key: entry.path,
    cells: [evidenceLabel(entry.path), formatEvidenceValue(entry.value), entry.from],
    cellClassNames: [undefined, entry.value === null || entry.value === undefined ? styles.unknown : undefined, undefined],
  }))
  return (
    <div className={styles.region}>
      <SimpleTable size="small" label={label} columns={COLUMNS} rows={rows} />
    </div>
  )
}
