import { describe, expect, it } from 'vitest'
import { filterFleetRows, isFilterEmpty, matchesSearch, NO_FLEET_FILTER, type FleetFilter } from '~shared/report/fleet-filter'
import type { FleetRow } from '~shared/report/fleet-matrix'

function row(key: string, changes: Partial<FleetRow>): FleetRow {
  return {
    key,
    title: key,
    name: key,
    source: key,
    customer: '',
    version: '2.4.27.0',
    verdict: 'critical',
    failCount: 1,
    warnCount: 0,
    steps: { version: 'fail', prerequisites: 'pass', autoupgrade: 'pass', staging: 'pass', cloudsync: 'pass' },
    heat: [],
    needsAttention: true,
    earlierRuns: 0,
    ...changes,
  }
}

const ROWS = [
  row('AADC01', { customer: 'Contoso Pharma', source: 'First visit' }),
  row('AADC02', { customer: 'Contoso Pharma', verdict: 'ok', needsAttention: false }),
  row('FAB-SYNC', { customer: 'Fabrikam', verdict: 'action-required' }),
  row('LONE', { name: null, title: 'Notes only', source: 'Notes only', verdict: 'incomplete' }),
]

function keys(filter: Partial<FleetFilter>): string[] {
  return filterFleetRows(ROWS, { ...NO_FLEET_FILTER, ...filter }).map((entry) => entry.key)
}

describe('filterFleetRows', () => {
  it('returns every row, in order, without a filter', () => {
    expect(filterFleetRows(ROWS, NO_FLEET_FILTER)).toBe(ROWS)
  })

  it('keeps one verdict', () => {
    expect(keys({ verdict: 'action-required' })).toEqual(['FAB-SYNC'])
  })

  it('keeps one customer in any letter case, or the servers without a customer', () => {
    expect(keys({ customer: 'contoso pharma' })).toEqual(['AADC01', 'AADC02'])
    expect(keys({ customer: '' })).toEqual(['LONE'])
  })

  it('keeps only the rows that need attention', () => {
    expect(keys({ isAttentionOnly: true })).toEqual(['AADC01', 'FAB-SYNC', 'LONE'])
  })

  it('searches the server name, the customer and the assessment name, ignoring case', () => {
    expect(keys({ search: 'aadc' })).toEqual(['AADC01', 'AADC02'])
    expect(keys({ search: 'FABRIKAM' })).toEqual(['FAB-SYNC'])
    expect(keys({ search: 'first' })).toEqual(['AADC01'])
    expect(keys({ search: 'notes' })).toEqual(['LONE'])
  })

  it('needs every word of the search, and combines it with the other parts', () => {
    expect(keys({ search: ' contoso  02 ' })).toEqual(['AADC02'])
    expect(keys({ search: 'contoso', isAttentionOnly: true })).toEqual(['AADC01'])
    expect(keys({ search: 'nothing like it' })).toEqual([])
  })
})

describe('matchesSearch and isFilterEmpty', () => {
  it('matches everything on an empty or blank search', () => {
    expect(ROWS.every((entry) => matchesSearch(entry, '   '))).toBe(true)
  })

  it('says a filter is empty only when it hides nothing', () => {
    expect(isFilterEmpty({ ...NO_FLEET_FILTER, search: '  ' })).toBe(true)
    expect(isFilterEmpty({ ...NO_FLEET_FILTER, customer: '' })).toBe(false)
    expect(isFilterEmpty({ ...NO_FLEET_FILTER, isAttentionOnly: true })).toBe(false)
  })
})
