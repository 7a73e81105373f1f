/**
 * Narrowing the fleet view's rows: by verdict, by customer, to those that need attention, and by
 * a search over the server's name, the customer and the assessment's name (any letter case).
 */
import type { Verdict } from '../rules/types'
import type { FleetRow } from './fleet-matrix'

/** What the fleet view is narrowed to. */
export interface FleetFilter {
  /** `all`, or one verdict. */
  readonly verdict: Verdict | 'all'
  /** `null` for every customer; `''` for servers without a customer; else one customer (any letter case). */
  readonly customer: string | null
  readonly isAttentionOnly: boolean
  /** Words to find; empty shows everything. */
  readonly search: string
}

/** The filter that shows every row. */
export const NO_FLEET_FILTER: FleetFilter = { verdict: 'all', customer: null, isAttentionOnly: false, search: '' }

/** True when `row` matches the search text: every word is in the server's name, the customer or the assessment's name. */
export function matchesSearch(row: FleetRow, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter((word) => word !== '')
  const haystack = [row.title, row.name ?? '', row.customer, row.source].join('\n').toLowerCase()
  return words.every((word) => haystack.includes(word))
}

/** True when `row` passes every part of `filter`. */
export function matchesFilter(row: FleetRow, filter: FleetFilter): boolean {
  return (
    (filter.verdict === 'all' || row.verdict === filter.verdict) &&
    (filter.customer === null || row.customer.toLowerCase() === filter.customer.trim().toLowerCase()) &&
    (!filter.isAttentionOnly || row.needsAttention) &&
    matchesSearch(row, filter.search)
  )
}

/** The rows that pass `filter`, in their order. */
export function filterFleetRows(rows: readonly FleetRow[], filter: FleetFilter): readonly FleetRow[] {
  return filter === NO_FLEET_FILTER ? rows : rows.filter((row) => matchesFilter(row, filter))
}

/** True when the filter hides nothing. */
export function isFilterEmpty(filter: FleetFilter): boolean {
  return filter.verdict === 'all' && filter.customer === null && !filter.isAttentionOnly && filter.search.trim() === ''
}
