/**
 * One measured figure against its target: the shape every figure module returns.
 */
import { median, round } from './stats'

/** Units the figures are printed in (kB and MB are decimal: 1 kB = 1,000 bytes). */
export type Unit = 'ms' | 'µs' | 'kB' | 'MB' | 'calls' | 'bytes'

/** A target: the median itself, or its ratio to the baseline measured in the same run, under a limit. */
export interface Target {
  readonly on: 'value' | 'ratio'
  readonly comparison: '<' | '<=' | '='
  readonly limit: number
}

/** A baseline measured in the same run. */
export interface Baseline {
  readonly label: string
  readonly value: number
}

/** One figure's result. */
export interface Check {
  /** Stable key: the results snapshot is compared by it. */
  readonly id: string
  readonly label: string
  readonly unit: Unit
  /** The median of the samples (or the single value measured). */
  readonly value: number
  readonly sampleCount: number
  readonly baseline?: Baseline
  /** `value / baseline.value`, when there is a baseline. */
  readonly ratio?: number
  readonly target: Target
  readonly pass: boolean
}

/** What a figure module returns: its checks and lines worth printing under them. */
export interface FigureResult {
  readonly title: string
  readonly checks: readonly Check[]
  readonly notes: readonly string[]
}

/** What {@link makeCheck} needs. */
export interface CheckInput {
  readonly id: string
  readonly label: string
  readonly unit: Unit
  readonly samples: readonly number[]
  readonly baseline?: { readonly label: string; readonly samples: readonly number[] }
  readonly target: Target
}

function meets(measured: number, target: Target): boolean {
  switch (target.comparison) {
    case '<':
      return measured < target.limit
    case '<=':
      return measured <= target.limit
    case '=':
      return measured === target.limit
  }
}

/** Builds a check from raw samples: medians, ratio and pass/fail. */
export function makeCheck(input: CheckInput): Check {
  const value = median(input.samples)
  const baselineValue = input.baseline === undefined ? undefined : median(input.baseline.samples)
  const ratio = baselineValue === undefined ? undefined : value / baselineValue
  if (input.target.on === 'ratio' && ratio === undefined) {
    throw new Error(`${input.id}: a ratio target needs a baseline`)
  }
  return {
    id: input.id,
    label: input.label,
    unit: input.unit,
    value: round(value, 3),
    sampleCount: input.samples.length,
    ...(input.baseline === undefined || baselineValue === undefined
      ? {}
      : { baseline: { label: input.baseline.label, value: round(baselineValue, 3) }, ratio: round(ratio ?? 0, 3) }),
    target: input.target,
    pass: meets(input.target.on === 'ratio' ? (ratio ?? Number.NaN) : value, input.target),
  }
}

/** The target as text: `<= 1.5x bare React page`, `< 50 µs`. */
export function describeTarget(check: Check): string {
  const comparison = check.target.comparison === '<=' ? '≤' : check.target.comparison
  return check.target.on === 'ratio'
    ? `${comparison} ${check.target.limit}x ${check.baseline?.label ?? 'baseline'}`
    : `${comparison} ${check.target.limit} ${check.unit}`
}
