/**
 * `customizations/deletion-threshold`: accidental-delete prevention should be on before a switch-over
 * (the first sync of a new or upgraded server is when mass deletes happen).
 */
import { SOURCE_PREVENT_DELETES, SOURCE_STAGING } from '../sources'
import type { Outcome, Rule } from '../types'

/** The rule. */
export const deletionThreshold: Rule = {
  id: 'customizations/deletion-threshold',
  step: 'staging',
  title: 'Accidental-delete prevention on',
  severity: 'warning',
  confidence: 'documented',
  why:
    'With prevention on, an export that would delete more objects than the threshold ({defaultThreshold} by default) stops and logs ' +
    'event 116. Microsoft lists it among the checks before switching a staging server to active; a renamed OU or a ' +
    'wrong filter on a new server can otherwise delete objects in bulk.',
  sources: [SOURCE_PREVENT_DELETES, SOURCE_STAGING],
  facts: ['customizations.globalSettings.exportDeletionThresholdEnabled', 'customizations.globalSettings.exportDeletionThreshold'],
  packData: (pack) => ({ defaultThreshold: pack.customizations.deletionThresholdDefault }),
  headlines: {
    warn: 'Accidental-delete prevention is off',
  },
  messages: {
    pass: 'Accidental-delete prevention is on, at {threshold} objects{defaultText}.',
    warn: 'Accidental-delete prevention is off: an upgrade or switch-over could delete objects in bulk unchecked.',
    unknown: 'Whether accidental-delete prevention is on is not known.',
  },
  remediation: {
    warn: [{ text: 'Turn it on before the upgrade (it asks for a Hybrid Identity Administrator sign-in).', powershell: 'Enable-ADSyncExportDeletionThreshold -DeletionThreshold 500 -AADUserName <admin UPN>' }],
    unknown: [{ text: 'Read it from the global settings.', powershell: "(Get-ADSyncGlobalSettings).Parameters | Where-Object Name -like 'Microsoft.OptionalFeature.ExportDeletionThreshold*' | Select-Object Name, Value" }],
  },
  check: ({ details, pack }): Outcome => {
    const settings = details.customizations?.globalSettings ?? undefined
    const isEnabled = settings?.exportDeletionThresholdEnabled ?? undefined
    const threshold = settings?.exportDeletionThreshold ?? undefined
    const routes = ['in-place', 'swing']
    const standard = pack.customizations.deletionThresholdDefault
    if (isEnabled === false) {
      return { status: 'warn', messageId: 'warn', data: { routes, defaultThreshold: standard } }
    }
    if (isEnabled === undefined || threshold === undefined) {
      return { status: 'unknown', messageId: 'unknown', data: { routes, defaultThreshold: standard } }
    }
    const defaultText = threshold === standard ? ' (the default)' : ` (the default is ${standard})`
    return { status: 'pass', messageId: 'pass', data: { routes, threshold, defaultThreshold: standard, defaultText } }
  },
}
