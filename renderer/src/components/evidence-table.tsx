/**
 * The facts a finding rests on: field, value seen and where it came from.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import type { EvidenceEntry } from '../../../shared/rules/types'
import { SimpleTable } from './simple-table'

/** Props of {@link EvidenceTable}. */
export interface EvidenceTableProps {
  /** Field path → value and source, as the finding carries it. */
  readonly evidence: Readonly<Record<string, EvidenceEntry>>
  readonly label: string
}

const useStyles = makeStyles({
  field: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  unknown: { fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
})

const COLUMNS = [{ title: 'Field' }, { title: 'Value' }, { title: 'From' }]

/** A value as text: `null` (unknown) reads "not known"; objects are shown as JSON. */
export function formatEvidenceValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'not known'
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value)
  }
  return JSON.stringify(value)
}

/** A small table of evidence entries; says so plainly when a finding has none. */
export function EvidenceTable({ evidence, label }: EvidenceTableProps) {
  const styles = useStyles()
  const entries = Object.entries(evidence)
  if (entries.length === 0) {
    return <p>This check does not read any install detail.</p>
  }
  const rows = entries.map(([field, entry]) => ({
    key: field,
    cells: [field, formatEvidenceValue(entry.value), entry.from],
    cellClassNames: [styles.field, entry.value === null ? styles.unknown : undefined, undefined],
  }))
  return <SimpleTable size="small" label={label} columns={COLUMNS} rows={rows} />
}
