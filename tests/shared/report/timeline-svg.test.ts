import { beforeAll, describe, expect, it } from 'vitest'
import { buildTimeline } from '~shared/rules/timeline'
import { buildDeadlineView } from '~shared/timeline/deadline-view'
import { timelineSvg } from '~shared/report/timeline-svg'
import { parseHtml } from '~tests/support/parse-html'
import { serverFromFile } from '~tests/support/report-fleet'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { formatIsoDate } from '~shared/dates/iso-date'

function svgFor(path: string) {
  const { details } = serverFromFile(path)
  const view = buildDeadlineView(buildTimeline(details, '2026-11-26', BUILT_IN_PACK), '2026-11-26', true, formatIsoDate)
  return { view, svg: parseHtml(timelineSvg(view)).querySelector('svg') }
}

describe('timelineSvg', () => {
  // jsdom's first page is slow to make on a busy machine: not a cost any one test should carry.
  beforeAll(() => void parseHtml('<p></p>'), 60_000)

  it('draws one labelled row per deadline, its marker shaped by the state, and the as-of line', () => {
    const { view, svg } = svgFor('tests/fixtures/scenarios/v1-ws2012r2.json')
    expect([...(svg?.querySelectorAll('.tl-label') ?? [])].map((label) => label.textContent)).toEqual(view.items.map((item) => item.label))
    expect(svg?.querySelectorAll('g > .tl-passed').length).toBe(view.items.filter((item) => item.state === 'passed').length)
    expect(svg?.querySelectorAll('g > .tl-upcoming').length).toBe(1)
    expect(svg?.querySelector('.tl-asof-label')?.textContent).toBe('as of 2026-11-26')
    expect(svg?.getAttribute('role')).toBe('img')
    expect(svg?.getAttribute('aria-label')).toMatch(/^Deadlines as of 2026-11-26: V1 \(1\.x\) out of support, 2022-08-31, passed, not met; /)
  })

  it('marks an unconfirmed date and draws nothing without deadlines', () => {
    expect(svgFor('tests/fixtures/files/aadc01.json').svg?.textContent).toContain('2027-04-07 (unconfirmed)')
    expect(timelineSvg({ asOf: '2026-11-26', asOfText: '2026-11-26', items: [], isVersionUnknown: true })).toBe('')
  })
})
