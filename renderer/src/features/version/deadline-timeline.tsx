/**
 * The deadlines as a picture: a time axis with a numbered marker per deadline (stacked where dates
 * are close) and the as-of date as a dashed line. The list beside it carries the same numbers.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import type { DeadlineView } from '~shared/timeline/deadline-view'
import { assignLanes, axisPosition, buildTimeAxis } from '~shared/timeline/time-axis'
import { DeadlineMarker, STATE_NAMES } from './deadline-marker'

const WIDTH = 480
const HEIGHT = 200
const PAD = 18
const AXIS_Y = 156
const LANE_STEP = 27
const RADIUS = 10
const FORCED = '@media (forced-colors: active)'

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', maxWidth: '640px', height: 'auto', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralForeground2, strokeWidth: '2px', [FORCED]: { stroke: 'CanvasText' } },
  leader: { stroke: tokens.colorNeutralStroke1, strokeWidth: '1px', [FORCED]: { stroke: 'CanvasText' } },
  asOf: { stroke: tokens.colorBrandForeground1, strokeWidth: '2px', strokeDasharray: '5 4', [FORCED]: { stroke: 'Highlight' } },
  text: { fill: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase, fontSize: '12px', [FORCED]: { fill: 'CanvasText' } },
  asOfText: { fill: tokens.colorBrandForeground1, fontFamily: tokens.fontFamilyBase, fontSize: '12px', fontWeight: tokens.fontWeightSemibold, [FORCED]: { fill: 'Highlight' } },
})

function toX(position: number): number {
  return PAD + position * (WIDTH - 2 * PAD)
}

/** The text alternative: every deadline with its date and where the server stands. */
export function describeTimeline(view: DeadlineView): string {
  const parts = view.items.map((item, index) => `${index + 1}, ${item.dateText}, ${item.label}${item.isUnconfirmed ? ' (unconfirmed)' : ''}: ${item.standing}`)
  return `Deadline timeline as of ${view.asOfText}. ${parts.join('; ')}.`
}

/** The picture; `role="img"` with the whole timeline as its text alternative. */
export function DeadlineTimeline({ view }: { readonly view: DeadlineView }) {
  const styles = useStyles()
  const axis = buildTimeAxis([...view.items.map((item) => item.date), view.asOf])
  const xs = view.items.map((item) => toX(axisPosition(axis, item.date)))
  const lanes = assignLanes(xs, 2 * RADIUS + 4)
  const asOfX = toX(axisPosition(axis, view.asOf))
  const markers = view.items.map((item, index) => ({
    id: item.id,
    state: item.state,
    label: String(index + 1),
    x: xs[index] ?? 0,
    y: AXIS_Y - 26 - (lanes[index] ?? 0) * LANE_STEP,
  }))
  const asOfAnchor = asOfX < 70 ? 'start' : asOfX > WIDTH - 70 ? 'end' : 'middle'
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={describeTimeline(view)}>
      <line className={styles.axis} x1={PAD} x2={WIDTH - PAD} y1={AXIS_Y} y2={AXIS_Y} />
      {axis.yearTicks.map((tick) => {
        const x = toX(axisPosition(axis, tick.date))
        return (
          <g key={tick.year}>
            <line className={styles.axis} x1={x} x2={x} y1={AXIS_Y - 5} y2={AXIS_Y + 5} />
            <text className={styles.text} x={x} y={AXIS_Y + 22} textAnchor="middle">
              {tick.year}
            </text>
          </g>
        )
      })}
      <line className={styles.asOf} x1={asOfX} x2={asOfX} y1={22} y2={AXIS_Y + 8} />
      <text className={styles.asOfText} x={asOfX} y={14} textAnchor={asOfAnchor}>
        as of {view.asOfText}
      </text>
      {/* Leaders first, markers after: a stacked marker's leader never crosses the marker below it. */}
      {markers.map((marker) => (
        <line key={`leader-${marker.id}`} className={styles.leader} x1={marker.x} x2={marker.x} y1={marker.y + RADIUS} y2={AXIS_Y} />
      ))}
      {markers.map((marker) => (
        <g key={marker.id} data-state={STATE_NAMES[marker.state]}>
          <DeadlineMarker state={marker.state} x={marker.x} y={marker.y} radius={RADIUS} label={marker.label} />
        </g>
      ))}
    </svg>
  )
}
