/**
 * The fleet's deadline heat map: every deadline any server of the fleet faces (the V1 dates when
 * a V1 server is among them, the 2025 hardening dates, the 2026 sync stop, the announced 2027
 * floor, each installed build's end of support), and for each server where it stands against each.
 *
 * Pure: built from each server's `DeadlineView` (the version step's own deadline list).
 */
import type { IsoDate } from '../dates/iso-date'
import type { DeadlineItem, DeadlineView } from '../timeline/deadline-view'

/** Days ahead within which a deadline counts as due soon (the end-of-support rule's warning window). */
export const DUE_SOON_DAYS = 90

/**
 * Where a server stands against one deadline: `met` (it does not apply), `missed` (the date has come
 * and the server does not meet it), `probably-missed` (the same, for a date the sources do not
 * confirm), `due-soon` (within {@link DUE_SOON_DAYS}), `later`, `unknown`
 * (a needed fact is missing), `not-applicable` (another build's end of support).
 */
export type HeatState = 'met' | 'missed' | 'probably-missed' | 'due-soon' | 'later' | 'unknown' | 'not-applicable'

/** One column of the heat map: a deadline. */
export interface DeadlineColumn {
  /** The timeline id, or `end-of-support:<build>` for a build's end of support. */
  readonly id: string
  readonly date: IsoDate
  /** `30 Sep 2026`. */
  readonly dateText: string
  readonly label: string
  /** Announced but not confirmed by Microsoft's own articles (for at least one server). */
  readonly isUnconfirmed: boolean
}

/** One cell: a server against one deadline, in words as well as a state. */
export interface HeatCell {
  readonly columnId: string
  readonly state: HeatState
  /** `met`, `broken since 30 Sep 2026`, `in 45 days`, `not known`, `other build`. */
  readonly text: string
  readonly isUnconfirmed: boolean
}

const END_OF_SUPPORT = 'end-of-support'

function columnIdOf(item: DeadlineItem, version: string | null): string {
  return item.id === END_OF_SUPPORT ? `${END_OF_SUPPORT}:${version ?? '?'}` : item.id
}

function daysText(count: number): string {
  return count === 1 ? 'in 1 day' : `in ${count.toLocaleString('en-US')} days`
}

/** Where a server stands against one of its own deadlines. */
export function heatCellOf(item: DeadlineItem, columnId: string): HeatCell {
  const isUnconfirmed = item.isUnconfirmed
  switch (item.state) {
    case 'met':
      return { columnId, state: 'met', text: 'met', isUnconfirmed }
    case 'passed':
      // An unconfirmed date (a third-party end of support, an announced floor) is not known to
      // have broken anything: the rules say "probably", and so does the map.
      return isUnconfirmed
        ? { columnId, state: 'probably-missed', text: `probably since ${item.dateText}`, isUnconfirmed }
        : { columnId, state: 'missed', text: `broken since ${item.dateText}`, isUnconfirmed }
    case 'upcoming':
      return { columnId, state: item.daysFromAsOf <= DUE_SOON_DAYS ? 'due-soon' : 'later', text: daysText(item.daysFromAsOf), isUnconfirmed }
    case 'unknown':
      return { columnId, state: 'unknown', text: 'not known', isUnconfirmed }
  }
}

/** What the heat map needs of one server. */
export interface HeatMapServer {
  readonly deadlines: DeadlineView
  /** The installed build, when known. */
  readonly version: string | null
}

/** The columns across the fleet, oldest first (a build's end of support labelled with the build). */
export function deadlineColumns(servers: readonly HeatMapServer[]): DeadlineColumn[] {
  const columns = new Map<string, DeadlineColumn>()
  for (const server of servers) {
    for (const item of server.deadlines.items) {
      const id = columnIdOf(item, server.version)
      const known = columns.get(id)
      const label = item.id === END_OF_SUPPORT ? `Build ${server.version ?? 'unknown'} out of support` : item.label
      columns.set(id, { id, date: item.date, dateText: item.dateText, label, isUnconfirmed: (known?.isUnconfirmed ?? false) || item.isUnconfirmed })
    }
  }
  return [...columns.values()].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label))
}

/** One server's row of cells, one per column in `columns`' order. */
export function heatRow(server: HeatMapServer, columns: readonly DeadlineColumn[]): HeatCell[] {
  const byColumn = new Map(server.deadlines.items.map((item) => [columnIdOf(item, server.version), item]))
  return columns.map((column) => {
    const item = byColumn.get(column.id)
    if (item !== undefined) {
      return heatCellOf(item, column.id)
    }
    if (server.deadlines.isVersionUnknown) {
      return { columnId: column.id, state: 'unknown', text: 'not known', isUnconfirmed: column.isUnconfirmed }
    }
    // Another build's end of support; or a V1 date, which a V2 server meets (the view leaves those out).
    return column.id.startsWith(`${END_OF_SUPPORT}:`)
      ? { columnId: column.id, state: 'not-applicable', text: 'other build', isUnconfirmed: false }
      : { columnId: column.id, state: 'met', text: 'met', isUnconfirmed: column.isUnconfirmed }
  })
}
