/**
 * Words and value formatting every report format shares, so HTML, Markdown and CSV say the same.
 */
import type { Finding, RuleStep, Status, Verdict } from '../rules/types'

/** The rule steps in the wizard's order, with their titles. */
export const RULE_STEP_TITLES: Readonly<Record<RuleStep, string>> = {
  version: 'Version and deadlines',
  prerequisites: 'Prerequisites',
  autoupgrade: 'Auto-upgrade',
  staging: 'Staging mode',
  cloudsync: 'Cloud Sync',
}

/** Every rule step, in the wizard's order. */
export const RULE_STEPS = Object.keys(RULE_STEP_TITLES) as RuleStep[]

/** Statuses as people read them. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  fail: 'Fail',
  warn: 'Warning',
  unknown: 'Unknown',
  info: 'Info',
  pass: 'Pass',
  'not-applicable': 'Not applicable',
}

/** Verdicts as people read them. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  critical: 'Critical',
  'action-required': 'Action required',
  incomplete: 'Incomplete',
  ok: 'OK',
}

/** `1 server`, `2 servers`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** Nesting shown in a value before the rest is cut to `…` (documents are refused past 64 levels when read). */
const MAX_VALUE_DEPTH = 64

/**
 * A fact's value as text: strings as they are, lists joined, objects as `key: value` pairs, a
 * missing value said so. Past {@link MAX_VALUE_DEPTH} levels the rest is `…`, so no value can
 * overflow the stack.
 */
export function formatValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined) {
    return '(not provided)'
  }
  if (typeof value === 'object' && depth >= MAX_VALUE_DEPTH) {
    return '…'
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown) => formatValue(item, depth + 1)).join(', ')
  }
  if (typeof value === 'object') {
    return Object.entries(value).map(([key, child]) => `${key}: ${formatValue(child, depth + 1)}`).join(', ')
  }
  return String(value)
}

/** `connect.version = 2.4.27.0 (from AADC01.json); …`: a finding's evidence on one line. */
export function evidenceSummary(finding: Finding): string {
  return Object.entries(finding.evidence)
    .map(([path, entry]) => `${path} = ${formatValue(entry.value)} (from ${entry.from})`)
    .join('; ')
}

/** `Title <url> (rev …); …`: a finding's sources on one line. */
export function sourcesSummary(finding: Finding): string {
  return finding.sources.map((source) => `${source.title} <${source.url}> (${source.revision})`).join('; ')
}

/** True when a link may be shown as a link: https only (sources are Microsoft articles). */
export function isSafeLink(url: string): boolean {
  return /^https:\/\/[^\s"'<>`]+$/.test(url)
}

/** The caveat a report shows for a finding whose sources are not certain, if any. */
export function caveatOf(finding: Finding): string | undefined {
  return finding.confidence === 'documented' ? undefined : finding.caveat
}
