/**
 * `customizations/cloud-sync-tool`: advisory, outside the verdict. Can the guided migration tool
 * (from Connect 2.6.91.0) move this server to Cloud Sync, or is a manual migration needed?
 */
import { compareVersions } from '~shared/version/four-part-version'
import { conditionHolds } from '../cloudsync/fact-condition'
import { formatCount } from '../remembered'
import { SOURCE_CLOUD_SYNC_MIGRATION_TOOL, SOURCE_VERSION_HISTORY_2026 } from '../sources'
import type { Outcome, Rule, RuleContext } from '../types'
import { sortRules } from './sync-rule-kinds'

interface Judged {
  readonly blockers: readonly string[]
  readonly changes: readonly string[]
  readonly missing: readonly string[]
}

/** Each limit of the tool (the pack's one set, `cloudSync.migrationTool`): a blocker, a change to make first, or a missing fact. */
function judge({ details, pack }: RuleContext): Judged {
  const tool = pack.cloudSync.migrationTool
  const blockers: string[] = []
  const changes: string[] = []
  const missing: string[] = []
  const connect = details.connect ?? {}
  const custom = details.customizations ?? {}
  const adConnectors = custom.connectors?.filter((connector) => connector.type === 'AD')
  const forestCount = adConnectors?.length ?? connect.forestCount ?? undefined
  if (forestCount === undefined) {
    missing.push('the AD connectors')
  } else if (forestCount > tool.maxForests) {
    blockers.push(`${forestCount} forests (the tool takes ${tool.maxForests})`)
  }
  if (adConnectors !== undefined) {
    const partitions = adConnectors.flatMap((connector) => connector.partitions ?? [])
    if (partitions.some((partition) => (partition.inclusions?.length ?? 0) > tool.maxContainersPerDomain)) {
      blockers.push(`more than ${tool.maxContainersPerDomain} OUs selected in a domain`)
    }
    if (partitions.some((partition) => (partition.exclusions?.length ?? 0) > 0)) {
      changes.push('OU exclusions (the tool only adds OUs)')
    }
    if (partitions.some((partition) => partition.inclusions === undefined || partition.inclusions === null)) {
      missing.push('the OU filter')
    }
  }
  const sorted = sortRules(details, pack.customizations.standardTagPrefix)
  const customCount = sorted !== undefined && sorted.unknown.length === 0 ? sorted.custom.length : (connect.customSyncRuleCount ?? undefined)
  if (customCount === undefined) {
    missing.push('the custom sync rules')
  } else if (customCount > 0) {
    blockers.push(`${customCount} custom sync rules`)
  }
  const settings = custom.globalSettings ?? {}
  const weigh = (value: unknown, blocks: boolean, blocker: string, fact: string): void => {
    if (value === undefined || value === null) {
      missing.push(fact)
    } else if (blocks) {
      blockers.push(blocker)
    }
  }
  // Each fact in the tool's list, in order: missing when not known, else a blocker when it blocks.
  const upn = settings.upnAttribute
  const objects = connect.metaverseObjectCount ?? connect.largestDomainObjectCount
  const cloud = connect.cloud
  weigh(settings.groupFiltering, settings.groupFiltering === true, 'group filtering', 'group filtering')
  weigh(upn, typeof upn === 'string' && upn.toLowerCase() !== tool.upnAttribute.toLowerCase(), 'a custom UPN attribute', 'the UPN attribute')
  weigh(connect.features?.directoryExtensions, connect.features?.directoryExtensions === true, 'directory extensions', 'directory extensions')
  weigh(objects, typeof objects === 'number' && objects > tool.maxObjects, `more than ${tool.maxObjects} objects`, 'the object count')
  weigh(cloud, tool.limits.some((limit) => limit.when.fact === 'connect.cloud' && conditionHolds(limit.when, cloud) === true), 'a cloud other than the Azure public cloud', 'the cloud')
  weigh(connect.stagingModeEnabled, connect.stagingModeEnabled === true, 'this is a staging server (run the tool on the active one)', 'staging mode')
  const version = connect.version ?? undefined
  if (version === undefined) {
    missing.push('the Connect version')
  } else if (compareVersions(version, tool.fromConnectVersion) < 0) {
    changes.push(`upgrade to ${tool.fromConnectVersion} or later first (the tool ships with it)`)
  }
  return { blockers, changes, missing }
}

/** The rule. */
export const cloudSyncTool: Rule = {
  id: 'customizations/cloud-sync-tool',
  step: 'cloudsync',
  title: 'Guided Cloud Sync migration tool (advisory)',
  severity: 'info',
  confidence: 'documented',
  why:
    'From Connect {toolFrom} a guided tool moves at most {toolMaxForests|forest} with at most {toolMaxObjects} objects and {toolMaxContainers} OUs per domain to Cloud Sync, ' +
    'in the Azure public cloud only. It refuses custom sync rules, group filtering, a custom UPN and directory ' +
    'extensions; anything else needs a manual migration. It never changes the verdict.',
  sources: [SOURCE_CLOUD_SYNC_MIGRATION_TOOL, SOURCE_VERSION_HISTORY_2026],
  packData: (pack) => {
    const tool = pack.cloudSync.migrationTool
    return { toolFrom: tool.fromConnectVersion, toolMaxForests: tool.maxForests, toolMaxObjects: formatCount(tool.maxObjects), toolMaxContainers: formatCount(tool.maxContainersPerDomain) }
  },
  facts: ['customizations.connectors', 'connect.forestCount', 'customizations.syncRules', 'customizations.globalSettings', 'connect.features.directoryExtensions', 'connect.metaverseObjectCount', 'connect.cloud', 'connect.stagingModeEnabled', 'connect.version'],
  headlines: {
    warn: 'Cloud Sync migration tool fits after changes',
    fail: 'Cloud Sync migration tool cannot move this server',
  },
  messages: {
    pass: 'The guided migration tool can move this server to Cloud Sync.',
    warn: 'The guided migration tool fits after changes: {changesText}.',
    fail: 'The guided migration tool cannot move this server ({blockersText}): a move to Cloud Sync would be a manual migration.',
    unknown: 'Whether the guided migration tool fits is not known; missing: {missingText}.',
  },
  remediation: {
    pass: [{ text: 'Run the tool from the active server with a Hybrid Identity Administrator and Domain Admin credentials; keep Connect Sync installed (in staging mode) through the two-week validation.' }],
    warn: [{ text: 'Make each change named, then re-assess.' }],
    fail: [{ text: 'Plan a manual migration with the Cloud Sync decision guide, or stay on Connect Sync and upgrade it.' }],
    unknown: [{ text: 'Answer the missing facts (the collector reads the rules, filters and settings; the object count and the cloud are answers in the wizard).' }],
  },
  check: (context): Outcome => {
    const { blockers, changes, missing } = judge(context)
    // Each written out rather than spread from one: the same keys in the same order.
    const routes = ['cloud-sync-tool']
    if (blockers.length > 0) {
      return { status: 'fail', messageId: 'fail', data: { routes, blockers, changes, missing, blockersText: blockers.join('; ') } }
    }
    if (missing.length > 0) {
      return { status: 'unknown', messageId: 'unknown', data: { routes, blockers, changes, missing, missingText: missing.join(', ') } }
    }
    if (changes.length > 0) {
      return { status: 'warn', messageId: 'warn', data: { routes, blockers, changes, missing, changesText: changes.join('; ') } }
    }
    return { status: 'pass', messageId: 'pass', data: { routes, blockers, changes, missing } }
  },
}
