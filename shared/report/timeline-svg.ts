/**
 * The deadline timeline as an inline SVG picture: one row per deadline, a marker on its date
 * (its shape and colour say where the server stands), and a line at the as-of date.
 *
 * Every text in it is escaped; it loads nothing and runs nothing.
 */
import type { TimelineState } from '../rules/timeline'
import type { DeadlineView } from '../timeline/deadline-view'
import { axisPosition, buildTimeAxis } from '../timeline/time-axis'
import { escapeHtml } from './escape-html'

const WIDTH = 760
const LABEL_RIGHT = 250
const PLOT_LEFT = 262
const PLOT_RIGHT = 744
const TOP = 34
const ROW = 26
const AXIS = 22
const LEGEND = 24

/** What each state is called in the legend and the markers' titles. */
export const STATE_WORDS: Readonly<Record<TimelineState, string>> = {
  passed: 'passed, not met',
  upcoming: 'ahead, not met yet',
  met: 'met',
  unknown: 'unknown',
}
/** Roughly how wide one character of the 12px legend text is, to space the legend's entries. */
const LEGEND_CHAR_WIDTH = 6.6

function marker(state: TimelineState, x: number, y: number): string {
  const at = `${x.toFixed(1)}`
  switch (state) {
    case 'passed':
      return `<circle class="tl-passed" cx="${at}" cy="${y}" r="6"/>`
    case 'upcoming':
      return `<path class="tl-upcoming" d="M${at} ${y - 7}l7 7-7 7-7-7z"/>`
    case 'met':
      return `<circle class="tl-met" cx="${at}" cy="${y}" r="5.5"/>`
    case 'unknown':
      return `<circle class="tl-unknown" cx="${at}" cy="${y}" r="5.5"/>`
  }
}

function legend(y: number): string {
  const states: readonly TimelineState[] = ['passed', 'upcoming', 'met', 'unknown']
  let x = PLOT_LEFT + 8
  return states
    .map((state) => {
      const entry = `${marker(state, x, y)}<text x="${x + 12}" y="${y + 4}">${escapeHtml(STATE_WORDS[state])}</text>`
      x += 40 + STATE_WORDS[state].length * LEGEND_CHAR_WIDTH
      return entry
    })
    .join('')
}

/** The picture for one server's deadlines; empty when it has none. */
export function timelineSvg(view: DeadlineView): string {
  if (view.items.length === 0) {
    return ''
  }
  const axis = buildTimeAxis([...view.items.map((item) => item.date), view.asOf])
  const xOf = (date: string) => PLOT_LEFT + axisPosition(axis, date) * (PLOT_RIGHT - PLOT_LEFT)
  const bottom = TOP + view.items.length * ROW
  const height = bottom + AXIS + LEGEND
  const ticks = axis.yearTicks
    .map((tick) => {
      const x = xOf(tick.date).toFixed(1)
      return `<line class="tl-grid" x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${bottom}"/><text class="tl-year" x="${x}" y="${bottom + 16}">${tick.year}</text>`
    })
    .join('')
  const rows = view.items
    .map((item, index) => {
      const y = TOP + index * ROW + ROW / 2
      const x = xOf(item.date)
      const isRightHalf = x > (PLOT_LEFT + PLOT_RIGHT) / 2
      const dateText = `${item.dateText}${item.isUnconfirmed ? ' (unconfirmed)' : ''}`
      return (
        `<g><title>${escapeHtml(`${item.label}: ${item.dateText}, ${STATE_WORDS[item.state]}`)}</title>` +
        `<text class="tl-label" x="${LABEL_RIGHT}" y="${y + 4}">${escapeHtml(item.label)}</text>` +
        `<line class="tl-row" x1="${PLOT_LEFT}" y1="${y}" x2="${PLOT_RIGHT}" y2="${y}"/>${marker(item.state, x, y)}` +
        `<text class="tl-date" x="${(isRightHalf ? x - 11 : x + 11).toFixed(1)}" y="${y + 4}" text-anchor="${isRightHalf ? 'end' : 'start'}">${escapeHtml(dateText)}</text></g>`
      )
    })
    .join('')
  const asOfX = xOf(view.asOf)
  const asOfLabelX = Math.min(Math.max(asOfX, PLOT_LEFT + 60), PLOT_RIGHT - 60).toFixed(1)
  const summary = `Deadlines as of ${view.asOfText}: ${view.items.map((item) => `${item.label}, ${item.dateText}, ${STATE_WORDS[item.state]}`).join('; ')}`
  return (
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(summary)}">` +
    ticks +
    rows +
    `<line class="tl-asof" x1="${asOfX.toFixed(1)}" y1="${TOP - 10}" x2="${asOfX.toFixed(1)}" y2="${bottom}"/>` +
    `<text class="tl-asof-label" x="${asOfLabelX}" y="${TOP - 16}">${escapeHtml(`as of ${view.asOfText}`)}</text>` +
    legend(bottom + AXIS + 12) +
    '</svg>'
  )
}
