/**
 * `customizations/exported-settings`: the newest Applied-SynchronizationPolicy-*.json should list
 * every live custom rule; changes made outside the wizard are not exported until you export on demand.
 */
import { SOURCE_IMPORT_EXPORT_CONFIG } from '../sources'
import type { Outcome, Rule } from '../types'
import { listLabels, ruleLabel, sortRules } from './sync-rule-kinds'

/** The rule. */
export const exportedSettings: Rule = {
  id: 'customizations/exported-settings',
  step: 'staging',
  title: 'Exported settings up to date',
  severity: 'warning',
  confidence: 'documented',
  caveat: 'Exported files have no public schema; the custom rules are read from field names seen in community parsers.',
  why:
    'The wizard writes the settings to %ProgramData%\\AADConnect on each change it makes, but rules changed in the ' +
    'Rules Editor or PowerShell are not exported until you export on demand. A swing migration imports that file.',
  sources: [SOURCE_IMPORT_EXPORT_CONFIG],
  facts: ['customizations.exportedSettings', 'customizations.syncRules'],
  messages: {
    pass: 'The newest exported settings ({newestFile}) list every custom sync rule.',
    none: 'No exported settings were found on this server.',
    stale: 'The newest exported settings ({newestFile}) miss custom sync rules: {labels}.',
    unknown: 'Whether the exported settings are up to date is not known.',
  },
  remediation: {
    none: [{ text: 'Export the settings on demand in the wizard (View or export current configuration); on old 1.x builds without it, run MigrateSettings.ps1 from a newer build\'s Tools folder.' }],
    stale: [{ text: 'Export the settings on demand in the wizard (View or export current configuration) before a swing migration, and export the missing rules from the Rules Editor.' }],
    unknown: [{ text: 'Run the collector on the sync server, or look in %ProgramData%\\AADConnect for Applied-SynchronizationPolicy-*.json.' }],
  },
  check: ({ details, pack }): Outcome => {
    const routes = ['swing']
    const exported = details.customizations?.exportedSettings ?? undefined
    if (exported?.fileCount === 0) {
      return { status: 'info', messageId: 'none', data: { routes } }
    }
    const sorted = sortRules(details, pack.customizations.standardTagPrefix)
    const listed = exported?.customRules ?? undefined
    if (exported === undefined || listed === undefined || sorted === undefined || sorted.unknown.length > 0) {
      return { status: 'unknown', messageId: 'unknown', data: { routes } }
    }
    const ids = new Set(listed.map((rule) => rule.identifier?.toLowerCase()).filter((id) => id !== undefined))
    const names = new Set(listed.map((rule) => rule.name))
    const missing = sorted.custom.filter((rule) =>
      rule.identifier !== undefined && rule.identifier !== null && ids.size > 0 ? !ids.has(rule.identifier.toLowerCase()) : !names.has(rule.name),
    )
    const data = { routes, newestFile: exported.newestFile ?? 'the newest file', exportedAt: exported.exportedAt ?? null, missing: missing.map(ruleLabel) }
    return missing.length > 0
      ? { status: 'info', messageId: 'stale', data: { ...data, labels: listLabels(missing.map(ruleLabel)) } }
      : { status: 'pass', messageId: 'pass', data }
  },
}
