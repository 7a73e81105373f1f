/**
 * The `cloudsync/fit` finding in the words the Cloud Sync step leads with: the result, each
 * deciding feature, and the questions still open.
 */
import { dataList } from '../findings/find-finding'
import type { Finding, Status } from '../rules/types'
import { CLOUD_SYNC_QUESTIONS } from './questions'

/** The three results (and "not enough answers"), as the step names them. */
export type FitResult = 'fits-now' | 'fits-after-changes' | 'stay' | 'not-enough-answers'

/** The fit, ready to show. */
export interface FitSummary {
  readonly result: FitResult
  readonly headline: string
  readonly message: string
  /** Features that keep the server on Connect Sync for now. */
  readonly stay: readonly string[]
  /** Changes to make before Cloud Sync fits. */
  readonly change: readonly string[]
  /** What is still unanswered, as the questions (or fields) name it. */
  readonly missing: readonly string[]
}

const RESULTS: Readonly<Record<Status, FitResult>> = {
  pass: 'fits-now',
  warn: 'fits-after-changes',
  fail: 'stay',
  unknown: 'not-enough-answers',
  info: 'not-enough-answers',
  'not-applicable': 'not-enough-answers',
}

const HEADLINES: Readonly<Record<FitResult, string>> = {
  'fits-now': 'Fits now',
  'fits-after-changes': 'Fits after changes',
  stay: 'Stay on Connect Sync for now',
  'not-enough-answers': 'Not enough answers yet',
}

/** Facts the fit reads that are not asked on this step. */
const OTHER_FACTS: Readonly<Record<string, string>> = {
  'connect.cloud': 'Cloud (on the Install details step)',
  'connect.features.passwordWriteback': 'Is password writeback on?',
}

/** The question (or field) that sets `path`, as people read it. */
export function describeFactPath(path: string): string {
  return CLOUD_SYNC_QUESTIONS.find((question) => question.path === path)?.label ?? OTHER_FACTS[path] ?? path
}

/** Summarizes the fit finding. */
export function summarizeFit(finding: Finding): FitSummary {
  const result = RESULTS[finding.status]
  return {
    result,
    headline: HEADLINES[result],
    message: finding.message,
    stay: dataList(finding, 'stayLabels'),
    change: dataList(finding, 'changeLabels'),
    missing: dataList(finding, 'missing').map(describeFactPath),
  }
}
