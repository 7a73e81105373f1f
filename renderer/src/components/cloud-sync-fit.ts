/**
 * The advisory Cloud Sync evaluations' statuses in words (`cloudsync/fit`, and the guided
 * migration tool's `customizations/cloud-sync-tool`): advice about the server, not checks it
 * passes or fails, so they are never shown as a red "Fail".
 */
import type { StepState } from '../store/selectors'

/** What each status of the evaluation means; states it does not use keep their usual word. */
export const CLOUD_SYNC_FIT_WORDS: Readonly<Partial<Record<StepState, string>>> = {
  pass: 'Fits now',
  warn: 'Fits after changes',
  fail: 'Stay on Connect Sync',
  unknown: 'Not enough answers',
}

/** What each status of the guided migration tool's evaluation means. */
export const CLOUD_SYNC_TOOL_WORDS: Readonly<Partial<Record<StepState, string>>> = {
  pass: 'Tool can move it',
  warn: 'Tool fits after changes',
  fail: 'Manual migration',
  unknown: 'Not enough answers',
}

const ADVICE_WORDS: Readonly<Record<string, Readonly<Partial<Record<StepState, string>>>>> = {
  'cloudsync/fit': CLOUD_SYNC_FIT_WORDS,
  'customizations/cloud-sync-tool': CLOUD_SYNC_TOOL_WORDS,
}

/** The advice words for a finding's status, or undefined when the finding is a check like any other. */
export function adviceWords(ruleId: string, state: StepState): string | undefined {
  return isAdvisory(ruleId) ? ADVICE_WORDS[ruleId]?.[state] : undefined
}

/** True for an advisory evaluation: advice about the server, never a check it passes or fails. */
export function isAdvisory(ruleId: string): boolean {
  return Object.hasOwn(ADVICE_WORDS, ruleId)
}
