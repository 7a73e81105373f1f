/**
 * The deadline heat map: servers by deadlines, each cell saying where the server stands ("met",
 * "broken since 30 Sep 2026", "in 45 days") and tinted by it. The words carry the meaning; in
 * forced colours the tints give way to the system's colours and missed cells are outlined.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { HeatState } from '~shared/report/fleet-heat-map'
import type { FleetMatrix, FleetRow } from '~shared/report/fleet-matrix'
import { useFleetTableStyles } from './table-styles'

const FORCED = '@media (forced-colors: active)'

const useStyles = makeStyles({
  heatCell: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold, borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  missed: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1, [FORCED]: { outline: '2px solid CanvasText', outlineOffset: '-4px' } },
  'probably-missed': {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    fontStyle: 'italic',
    [FORCED]: { outline: '2px dashed CanvasText', outlineOffset: '-4px' },
  },
  'due-soon': { backgroundColor: tokens.colorPaletteMarigoldBackground2, color: tokens.colorNeutralForeground1, [FORCED]: { outline: '1px dashed CanvasText', outlineOffset: '-4px' } },
  later: { backgroundColor: tokens.colorPaletteBlueBackground2, color: tokens.colorNeutralForeground1 },
  met: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightRegular },
  unknown: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground1, fontStyle: 'italic' },
  'not-applicable': { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  columnDate: { display: 'block', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  unconfirmed: { display: 'block', fontWeight: tokens.fontWeightRegular, fontStyle: 'italic' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  legendItem: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
})

const LEGEND: readonly { readonly state: HeatState; readonly text: string }[] = [
  { state: 'missed', text: 'missed: broken since the date' },
  { state: 'probably-missed', text: 'probably missed (the date is unconfirmed)' },
  { state: 'due-soon', text: 'due within 90 days' },
  { state: 'later', text: 'later' },
  { state: 'met', text: 'met' },
  { state: 'unknown', text: 'not known (a fact is missing)' },
  { state: 'not-applicable', text: 'other build' },
]

/** Props of {@link DeadlineHeatMap}. */
export interface DeadlineHeatMapProps {
  readonly matrix: FleetMatrix
  readonly rows: readonly FleetRow[]
}

/** The table of servers by deadlines, with its legend. */
export function DeadlineHeatMap({ matrix, rows }: DeadlineHeatMapProps) {
  const styles = useStyles()
  const table = useFleetTableStyles()
  return (
    <>
      <ul className={styles.legend} aria-label="Heat map legend">
        {LEGEND.map((entry) => (
          <li key={entry.state} className={mergeClasses(styles.legendItem, styles[entry.state])}>
            {entry.text}
          </li>
        ))}
      </ul>
      <div className={table.scroll} tabIndex={0} role="region" aria-label="Deadlines by server (scrolls sideways)">
        <table className={table.table} aria-label="Deadlines by server">
          <thead>
            <tr>
              <th scope="col" className={table.columnHeader}>
                Server
              </th>
              {matrix.deadlines.map((column) => (
                <th key={column.id} scope="col" className={table.columnHeader} data-column={column.id}>
                  {column.label}
                  <span className={styles.columnDate}>{column.dateText}</span>
                  {column.isUnconfirmed ? <span className={styles.unconfirmed}>unconfirmed</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row-key={row.key}>
                <th scope="row" className={table.rowHeader}>
                  <span className={table.serverName}>{row.title}</span>
                  {row.customer === '' ? null : <span className={table.detail}>{row.customer}</span>}
                </th>
                {row.heat.map((cell) => (
                  <td key={cell.columnId} className={mergeClasses(table.cell, styles.heatCell, styles[cell.state])} data-state={cell.state}>
                    {cell.text}
                    {cell.isUnconfirmed && cell.state !== 'met' ? ' (unconfirmed)' : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
