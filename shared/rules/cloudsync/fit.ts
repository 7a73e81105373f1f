/**
 * `cloudsync/fit`: advisory, outside the verdict. Does Microsoft Entra Cloud Sync fit this
 * server's needs now, after changes, or not yet, and may the guided migration tool do the move or
 * must it be manual?
 *
 * The deciders are data (`pack.cloudSync.deciders`): any `stay` decider that holds decides `fail`;
 * otherwise an unanswered one leaves the fit `unknown` (an open question, such as reliance on
 * reconciliation, is listed to check instead); otherwise a `change` decider gives `warn`. A fact
 * not given is read from the server's inventory where it can be (`inventory-answers.ts`). The
 * tool's limits (`pack.cloudSync.migrationTool`) decide the route: `guided-tool`, `manual` or
 * `check` (no limit exceeded, some unanswered). The deadline is per tenant, never global.
 */
import type { InstallDetails } from '~shared/types/install-details'
import type { CloudSyncDecider, FactCondition } from '../pack/cloud-sync-matrix'
import type { RulePack } from '../pack/types'
import { rememberPerPack } from '../per-pack'
import { isBelow } from '../remembered'
import { installedVersion } from '../read-facts'
import {
  SOURCE_CLOUD_SYNC, SOURCE_CLOUD_SYNC_DECISION, SOURCE_CLOUD_SYNC_DEVICES, SOURCE_CLOUD_SYNC_MIGRATION_TOOL,
  SOURCE_CLOUD_SYNC_PREREQUISITES, SOURCE_COMMON_SCENARIOS, SOURCE_CONNECT_SYNC_WHAT_IS,
} from '../sources'
import type { DataValue, Outcome, Rule } from '../types'
import { conditionHolds } from './fact-condition'
import { INVENTORY_ANSWERED_FACTS, readCloudSyncValue } from './inventory-answers'

const CONTESTED =
  'A deciding row is contested: the two Microsoft comparison tables disagree on it (what-is-cloud-sync 2025-09 vs the ' +
  'decision guide 2026-10). The newer decision guide is used.'

/** The Cloud Sync facts of one server, each read once (several deciders and limits name the same fact). */
class ServerFacts {
  private readonly read = new Map<string, { readonly value: unknown; readonly isFromInventory: boolean }>()

  constructor(
    private readonly details: InstallDetails,
    private readonly pack: RulePack,
  ) {}

  fact(path: string): { readonly value: unknown; readonly isFromInventory: boolean } {
    let fact = this.read.get(path)
    if (fact === undefined) {
      fact = readCloudSyncValue(this.details, this.pack, path)
      this.read.set(path, fact)
    }
    return fact
  }

  /** `true`/`false` when the fact is known (given, or read from the inventory), `undefined` when it is not. */
  holds(condition: FactCondition): boolean | undefined {
    return conditionHolds(condition, this.fact(condition.fact).value)
  }
}

/** Whether the decider applies: both conditions hold, either is known not to, or facts are missing. */
function judge(decider: CloudSyncDecider, facts: ServerFacts): { readonly hit: boolean } | { readonly missing: readonly string[] } {
  const first = facts.holds(decider.when)
  const also = decider.alsoWhen === undefined ? true : facts.holds(decider.alsoWhen)
  if (first === false || also === false) {
    return NO_HIT
  }
  if (first === undefined || also === undefined) {
    const missing = first === undefined ? [decider.when.fact] : []
    if (also === undefined && decider.alsoWhen !== undefined) {
      missing.push(decider.alsoWhen.fact)
    }
    return { missing }
  }
  return HIT
}

const NO_HIT = { hit: false } as const
const HIT = { hit: true } as const

/** The facts the inventory answered (no value was given for them), so every view can say where an answer came from. */
function answeredFromInventory(facts: ServerFacts): readonly string[] {
  const answered: string[] = []
  for (const path of INVENTORY_ANSWERED_FACTS) {
    if (facts.fact(path).isFromInventory) {
      answered.push(path)
    }
  }
  return answered
}

/** How the move would be made: the guided tool, by hand, or the tool once the open limits are checked. */
type MigrationRoute = 'guided-tool' | 'manual' | 'check'

function migrationRoute(details: InstallDetails, pack: RulePack, facts: ServerFacts): Readonly<Record<string, DataValue>> {
  const matrix = pack.cloudSync
  const tool = matrix.migrationTool
  const toolBlockers: string[] = []
  const toolQuestions: string[] = []
  for (const limit of tool.limits) {
    const hit = facts.holds(limit.when)
    if (hit === true) {
      toolBlockers.push(limit.label)
    } else if (hit === undefined) {
      toolQuestions.push(limit.label)
    }
  }
  const route: MigrationRoute = toolBlockers.length > 0 ? 'manual' : toolQuestions.length > 0 ? 'check' : 'guided-tool'
  const version = installedVersion(details)
  const needsUpgrade = version === undefined || isBelow(version, tool.fromConnectVersion)
  const upgradeFirst = needsUpgrade ? ` (it comes with Connect Sync ${tool.fromConnectVersion}: upgrade to it first)` : ''
  const routeText =
    route === 'manual'
      ? `The guided migration tool does not apply (${toolBlockers.join(', ')}): a manual migration is needed.`
      : route === 'check'
        ? `The guided migration tool${upgradeFirst} may apply if none of these holds: ${toolQuestions.join(', ')}; otherwise migrate manually.`
        : `The guided migration tool${upgradeFirst} applies: one forest, at most ${String(tool.maxObjects)} objects, none of its exclusions.`
  return { route, toolBlockers, toolQuestions, toolFromVersion: tool.fromConnectVersion, routeText, deadlineText: matrix.migrationDeadline.text }
}

/** The ids of the capabilities the two comparison tables disagree on, found once per pack (the pack is immutable data). */
const contestedCapabilities = rememberPerPack(
  (pack): ReadonlySet<string> => new Set(pack.cloudSync.capabilities.filter((row) => row.cloudSync === 'contested').map((row) => row.id)),
)

function isContested(decider: CloudSyncDecider, pack: RulePack): boolean {
  return contestedCapabilities(pack, 'contested').has(decider.capability)
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
  sources: [
    SOURCE_CLOUD_SYNC_DECISION, SOURCE_CLOUD_SYNC_MIGRATION_TOOL, SOURCE_CLOUD_SYNC_DEVICES, SOURCE_CONNECT_SYNC_WHAT_IS,
    SOURCE_CLOUD_SYNC, SOURCE_CLOUD_SYNC_PREREQUISITES, SOURCE_COMMON_SCENARIOS,
  ],
  facts: [
    'connect.version', 'connect.largestDomainObjectCount', 'connect.largestGroupMemberCount', 'connect.customSyncRuleCount', 'connect.features',
    'connect.signInMethod', 'connect.cloud', 'connect.forestCount', 'connect.metaverseObjectCount', 'connect.largestDomainContainerCount',
    'customizations.syncRules', 'customizations.connectors', 'customizations.globalSettings',
  ],
  messages: {
    pass: 'Cloud Sync covers everything this server is known to use{openNote}: consider evaluating it. {routeText} {deadlineText}',
    warn: 'Cloud Sync fits after changes: {changeLabels}{openNote}. {routeText} {deadlineText}',
    fail: 'Stay on Connect Sync for now (upgrade it): Cloud Sync does not cover {stayLabels}. {deadlineText}',
    unknown: 'Not enough answers to judge the Cloud Sync fit; missing: {missing}.',
  },
  headlines: {
    warn: 'Cloud Sync fits after changes',
    fail: 'Cloud Sync does not fit yet: {stayLabels}',
    unknown: 'Cloud Sync fit not known',
  },
  remediation: {
    pass: [{ text: 'Pilot Cloud Sync on a test OU with the decision guide, keeping Connect Sync for everything else (scopes must not overlap).' }],
    warn: [{ text: 'Plan each change named, then pilot Cloud Sync on a test OU; scopes of the two engines must not overlap.' }],
    fail: [{ text: 'Upgrade Connect Sync now; re-assess when Cloud Sync covers these features or when Microsoft notifies your tenant.' }],
    unknown: [{ text: 'Answer the missing questions (features in use, largest domain and group sizes, sign-in method).' }],
  },
  check: ({ details, pack }): Outcome => {
    const facts = new ServerFacts(details, pack)
    const stay: string[] = []
    const stayLabels: string[] = []
    const change: string[] = []
    const changeLabels: string[] = []
    const missing: string[] = []
    const openQuestions: string[] = []
    let isAnyHitContested = false
    // One pass over the deciders, in the pack's order: each list keeps that order.
    for (const decider of pack.cloudSync.deciders) {
      const answer = judge(decider, facts)
      if ('hit' in answer) {
        if (answer.hit) {
          isAnyHitContested ||= isContested(decider, pack)
          if (decider.effect === 'stay') {
            stay.push(decider.id)
            stayLabels.push(decider.label)
          } else if (decider.effect === 'change') {
            change.push(decider.id)
            changeLabels.push(decider.label)
          }
        }
      } else if (decider.isOpenQuestion === true) {
        openQuestions.push(decider.label)
      } else {
        for (const fact of answer.missing) {
          if (!missing.includes(fact)) {
            missing.push(fact)
          }
        }
      }
    }
    const data = {
      stay,
      change,
      missing,
      openQuestions,
      openNote: openQuestions.length === 0 ? '' : ` (unless it needs what Cloud Sync does not offer: check ${openQuestions.join(', ')})`,
      stayLabels,
      changeLabels,
      answeredFromInventory: answeredFromInventory(facts),
      ...migrationRoute(details, pack, facts),
    }
    const contested = isAnyHitContested ? { confidence: 'uncertain' as const, caveat: CONTESTED } : {}
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
