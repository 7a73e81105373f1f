/**
 * `cloudsync/fit`: advisory, outside the verdict. Does Microsoft Entra Cloud Sync fit this
 * server's needs now, after changes, or not yet (facts §7.1, §7.2, §7.5)?
 *
 * The deciders are data (`pack.cloudSync.deciders`): any `stay` decider that holds decides `fail`;
 * otherwise an unanswered one leaves the fit `unknown`; otherwise a `change` decider gives `warn`.
 */
import type { InstallDetails } from '../../types/install-details'
import { readFieldPath } from '../field-path'
import type { CloudSyncDecider, CloudSyncMatrix, FactCondition } from '../pack/cloud-sync-matrix'
import { SOURCE_CLOUD_SYNC, SOURCE_CLOUD_SYNC_DECISION, SOURCE_CLOUD_SYNC_PREREQUISITES, SOURCE_COMMON_SCENARIOS } from '../sources'
import type { Outcome, Rule } from '../types'

const CONTESTED =
  'A deciding row is contested: the two Microsoft comparison tables disagree on it (what-is-cloud-sync 2025-09 vs the ' +
  'decision guide 2026-10). The newer decision guide is used.'

/** `true`/`false` when the fact is known, `undefined` when it is missing or `null`. */
function holds(condition: FactCondition, details: InstallDetails): boolean | undefined {
  const value = readFieldPath(details, condition.fact)
  if (value === undefined || value === null) {
    return undefined
  }
  if ('equals' in condition) {
    return value === condition.equals
  }
  if ('above' in condition) {
    return typeof value === 'number' && value > condition.above
  }
  return typeof value === 'string' && condition.oneOf.includes(value)
}

/** Whether the decider applies: both conditions hold, either is known not to, or facts are missing. */
function judge(decider: CloudSyncDecider, details: InstallDetails): { readonly hit: boolean } | { readonly missing: readonly string[] } {
  const conditions = decider.alsoWhen === undefined ? [decider.when] : [decider.when, decider.alsoWhen]
  const answers = conditions.map((condition) => holds(condition, details))
  if (answers.includes(false)) {
    return { hit: false }
  }
  const missing = conditions.filter((_, index) => answers[index] === undefined).map((condition) => condition.fact)
  return missing.length > 0 ? { missing } : { hit: true }
}

function isContested(decider: CloudSyncDecider, matrix: CloudSyncMatrix): boolean {
  return matrix.capabilities.some((row) => row.id === decider.capability && row.cloudSync === 'contested')
}

/** The rule. */
export const fit: Rule = {
  id: 'cloudsync/fit',
  step: 'cloudsync',
  title: 'Cloud Sync fit (advisory)',
  severity: 'info',
  confidence: 'derived',
  caveat:
    'Microsoft does not document the logic of its "Evaluate sync options" tool; this fit is derived from its ' +
    'comparison tables and migration-readiness criteria. It never changes the verdict.',
  why:
    'Microsoft plans to move tenants from Connect Sync to Cloud Sync in phases, starting with those whose needs ' +
    'Cloud Sync already covers. Knowing which features keep you on Connect Sync tells you whether to plan for it.',
  sources: [SOURCE_CLOUD_SYNC_DECISION, SOURCE_CLOUD_SYNC, SOURCE_CLOUD_SYNC_PREREQUISITES, SOURCE_COMMON_SCENARIOS],
  facts: ['connect.largestDomainObjectCount', 'connect.largestGroupMemberCount', 'connect.customSyncRuleCount', 'connect.features', 'connect.signInMethod', 'connect.cloud'],
  messages: {
    pass: 'Cloud Sync covers everything this server is known to use: consider evaluating it.',
    warn: 'Cloud Sync fits after changes: {changeLabels}.',
    fail: 'Stay on Connect Sync for now (upgrade it): Cloud Sync does not cover {stayLabels}.',
    unknown: 'Not enough answers to judge the Cloud Sync fit; missing: {missing}.',
  },
  remediation: {
    pass: [{ text: 'Pilot Cloud Sync on a test OU with the decision guide, keeping Connect Sync for everything else (scopes must not overlap).' }],
    warn: [{ text: 'Plan each change named, then pilot Cloud Sync on a test OU; scopes of the two engines must not overlap.' }],
    fail: [{ text: 'Upgrade Connect Sync now; re-assess when Cloud Sync covers these features or when Microsoft notifies your tenant.' }],
    unknown: [{ text: 'Answer the missing questions (features in use, largest domain and group sizes, sign-in method).' }],
  },
  check: ({ details, pack }): Outcome => {
    const matrix = pack.cloudSync
    const judged = matrix.deciders.map((decider) => ({ decider, answer: judge(decider, details) }))
    const hits = judged.filter(({ answer }) => 'hit' in answer && answer.hit).map(({ decider }) => decider)
    const stay = hits.filter((decider) => decider.effect === 'stay')
    const change = hits.filter((decider) => decider.effect === 'change')
    const missing = [...new Set(judged.flatMap(({ answer }) => ('missing' in answer ? answer.missing : [])))]
    const data = {
      stay: stay.map((decider) => decider.id),
      change: change.map((decider) => decider.id),
      missing,
      stayLabels: stay.map((decider) => decider.label),
      changeLabels: change.map((decider) => decider.label),
    }
    const contested = hits.some((decider) => isContested(decider, matrix)) ? { confidence: 'uncertain' as const, caveat: CONTESTED } : {}
    if (stay.length > 0) {
      return { status: 'fail', messageId: 'fail', data, ...contested }
    }
    if (missing.length > 0) {
      return { status: 'unknown', messageId: 'unknown', data }
    }
    return change.length > 0
      ? { status: 'warn', messageId: 'warn', data, ...contested }
      : { status: 'pass', messageId: 'pass', data }
  },
}
