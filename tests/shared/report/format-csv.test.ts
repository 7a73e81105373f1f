import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '~shared/rules/index'
import { buildFleetReport } from '~shared/report/fleet-report'
import { csvCell, formatCsv } from '~shared/report/format-csv'
import { parseCsv } from '~tests/build/electronegativity-findings'
import { documentOf, fleetOf, sampleFleet, serverFromDocument } from '~tests/support/report-fleet'

describe('formatCsv', () => {
  it('writes a header and one row per server and rule, servers by urgency', () => {
    const rows = parseCsv(formatCsv(buildFleetReport(sampleFleet())))
    expect(rows[0]).toEqual(['server', 'source', 'verdict', 'ruleId', 'step', 'status', 'title', 'message', 'evidence', 'sources'])
    expect(rows).toHaveLength(1 + 3 * ALL_RULES.length)
    expect(rows.slice(1).map((row) => row[0]).filter((name, index, all) => all.indexOf(name) === index)).toEqual(['V1-2012R2', 'AADC-STAGING', 'AADC01'])
    const syncStop = rows.find((row) => row[0] === 'AADC01' && row[3] === 'version/sync-stop-2026')
    expect(syncStop?.slice(1, 6)).toEqual(['tests/fixtures/files/aadc01.json', 'critical', 'version/sync-stop-2026', 'version', 'fail'])
    expect(syncStop?.[8]).toBe('connect.version = 2.4.27.0 (from tests/fixtures/files/aadc01.json)')
    expect(syncStop?.[9]).toMatch(/^Harden update for Microsoft Entra Connect Sync \(AD FS \/ PingFederate\) <https:\/\/learn\.microsoft\.com\/[^>]+> \(rev .+\); Prerequisites/)
  })

  it('ends every line with CRLF and round-trips commas, quotes and line breaks', () => {
    const name = 'A,"B"\r\nC'
    const document = documentOf('tests/fixtures/files/aadc01.json')
    const csv = formatCsv(buildFleetReport(fleetOf([serverFromDocument({ ...document, server: { ...(document.server as object), name } }, 'x.json')])))
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(parseCsv(csv)[1]?.[0]).toBe(name)
  })

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const name = '=HYPERLINK("https://evil.example","x")'
    const document = documentOf('tests/fixtures/files/aadc01.json')
    const rows = parseCsv(formatCsv(buildFleetReport(fleetOf([serverFromDocument({ ...document, server: { ...(document.server as object), name } }, '@evil.json')]))))
    expect(rows[1]?.[0]).toBe(`'${name}`)
    expect(rows[1]?.[1]).toBe("'@evil.json")
  })
})

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['=1,2', `"'=1,2"`],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })
})
