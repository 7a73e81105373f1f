/**
 * The shape each deadline state is drawn with, so the picture reads without colour: a square for
 * broken, a diamond for ahead, a circle for met, a dashed circle for not known.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { TimelineState } from '~shared/rules/timeline'

/** What each state is called in the legend. */
export const STATE_NAMES: Readonly<Record<TimelineState, string>> = {
  passed: 'broken',
  upcoming: 'ahead',
  met: 'met',
  unknown: 'not known',
}

const FORCED = '@media (forced-colors: active)'

const useStyles = makeStyles({
  passed: { fill: tokens.colorStatusDangerBackground3, [FORCED]: { fill: 'CanvasText' } },
  upcoming: { fill: tokens.colorStatusWarningBackground3, [FORCED]: { fill: 'Canvas', stroke: 'CanvasText', strokeWidth: '2px' } },
  met: { fill: tokens.colorStatusSuccessBackground3, [FORCED]: { fill: 'CanvasText' } },
  unknown: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground2, strokeWidth: '2px', strokeDasharray: '3 2', [FORCED]: { fill: 'Canvas', stroke: 'CanvasText' } },
  number: { fontSize: '12px', fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyBase, textAnchor: 'middle', dominantBaseline: 'central' },
  onDark: { fill: '#ffffff', [FORCED]: { fill: 'Canvas' } },
  onLight: { fill: '#000000', [FORCED]: { fill: 'CanvasText' } },
  onNeutral: { fill: tokens.colorNeutralForeground1, [FORCED]: { fill: 'CanvasText' } },
})

/** Props of {@link DeadlineMarker}. */
export interface DeadlineMarkerProps {
  readonly state: TimelineState
  readonly x: number
  readonly y: number
  /** Half the marker's width. */
  readonly radius: number
  /** Drawn inside the marker (the deadline's number in the list). */
  readonly label?: string
}

/** One marker, centred on (x, y), as SVG elements (put it inside an `<svg>`). */
export function DeadlineMarker({ state, x, y, radius, label }: DeadlineMarkerProps) {
  const styles = useStyles()
  const shapeClass = styles[state]
  const textClass = state === 'upcoming' ? styles.onLight : state === 'unknown' ? styles.onNeutral : styles.onDark
  const size = radius * 2
  const shape =
    state === 'passed' ? (
      <rect className={shapeClass} x={x - radius} y={y - radius} width={size} height={size} rx={2} />
    ) : state === 'upcoming' ? (
      <rect className={shapeClass} x={x - radius * 0.8} y={y - radius * 0.8} width={size * 0.8} height={size * 0.8} transform={`rotate(45 ${x} ${y})`} />
    ) : (
      <circle className={shapeClass} cx={x} cy={y} r={radius} />
    )
  return (
    <g>
      {shape}
      {label === undefined ? null : (
        <text className={mergeClasses(styles.number, textClass)} x={x} y={y}>
          {label}
        </text>
      )}
    </g>
  )
}

/** A small standalone marker for lists and legends (hidden from assistive technology: the text says it). */
export function MarkerIcon({ state, label }: { readonly state: TimelineState; readonly label?: string }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden focusable="false">
      <DeadlineMarker state={state} x={11} y={11} radius={label === undefined ? 7 : 10} label={label} />
    </svg>
  )
}
