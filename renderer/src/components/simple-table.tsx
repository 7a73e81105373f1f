/**
 * A plain Fluent table: a header row and rows of cells, nothing interactive of its own.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  type TableProps,
} from '@fluentui/react-components'
import type { ReactNode } from 'react'

/** One column: its heading and an optional class for its cells. */
export interface SimpleColumn {
  readonly title: string
  readonly className?: string
}

/** One row: a stable key, one cell per column, and an optional class per cell. */
export interface SimpleRow {
  readonly key: string
  readonly cells: readonly ReactNode[]
  readonly cellClassNames?: readonly (string | undefined)[]
  /** Set as `data-row-key`, for tests and styling. */
  readonly dataKey?: string
}

/** Props of {@link SimpleTable}. */
export interface SimpleTableProps {
  /** The table's accessible name. */
  readonly label: string
  readonly columns: readonly SimpleColumn[]
  readonly rows: readonly SimpleRow[]
  readonly size?: TableProps['size']
  readonly className?: string
}

/** Renders `rows` under `columns`. */
export function SimpleTable({ label, columns, rows, size, className }: SimpleTableProps) {
  return (
    <Table size={size} aria-label={label} className={className}>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.title} className={column.className}>
              {column.title}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-row-key={row.dataKey}>
            {row.cells.map((cell, index) => (
              <TableCell key={columns[index]?.title ?? index} className={row.cellClassNames?.[index]}>
                {cell}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
