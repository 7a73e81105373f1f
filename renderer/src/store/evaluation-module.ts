/**
 * The evaluation's chunk: every rule and `assessServer`. Loaded by evaluation.ts, never imported
 * statically by the first screen.
 */
import { assessServer } from '~shared/assess'
import type { Evaluation } from './evaluation'

/** The evaluation, as evaluation.ts hands it out. */
export const EVALUATION: Evaluation = { assessServer }
