/**
 * The advisory Cloud Sync evaluation's statuses in words (contract: `cloudsync/fit`): advice about
 * the server, not a check it passes or fails, so it is never shown as a red "Fail".
 */
import type { StepState } from '../store/selectors'

/** What each status of the evaluation means; states it does not use keep their usual word. */
export const CLOUD_SYNC_FIT_WORDS: Readonly<Partial<Record<StepState, string>>> = {
  pass: 'Fits now',
  warn: 'Fits after changes',
  fail: 'Stay on Connect Sync',
  unknown: 'Not enough answers',
}
