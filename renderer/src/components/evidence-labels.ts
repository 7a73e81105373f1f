/**
 * Plain-word names for the facts a check may read that the install-details form does not show as
 * a field (the customizations the collector reads, and the Cloud Sync answers), so the evidence
 * table never names a fact by its field path.
 */

/** Field path → what the evidence table calls it. */
export const EVIDENCE_LABELS: Readonly<Record<string, string>> = {
  'connect.features': 'Optional features',
  'connect.features.groupFiltering': 'Group-based filtering',
  'connect.features.customUpn': 'Another attribute as the user principal name',
  'connect.features.reconciliation': 'Relies on reconciliation',
  'connect.disconnectedForests': 'Needs forests with no trust between them',
  'connect.largestDomainContainerCount': 'OUs in scope in the largest domain',
  customizations: 'Customizations',
  'customizations.syncRules': 'Sync rules',
  'customizations.connectors': 'Connectors',
  'customizations.globalSettings': 'Global sync settings',
  'customizations.globalSettings.groupFiltering': 'Group-based filtering',
  'customizations.globalSettings.upnAttribute': 'Attribute used as the user principal name',
  'customizations.globalSettings.exportDeletionThresholdEnabled': 'Accidental-delete prevention on',
  'customizations.globalSettings.exportDeletionThreshold': 'Accidental-delete threshold (objects)',
  'customizations.exportedSettings': 'Exported sync settings',
  'customizations.exportedSettings.fileCount': 'Exported settings files found',
  'customizations.exportedSettings.newestFile': 'Newest exported settings file',
  'customizations.exportedSettings.exportedAt': 'Newest settings exported at',
  'customizations.exportedSettings.customRules': 'Custom rules in the newest export',
  'customizations.miiserverConfig': 'The miiserver.exe.config file',
  'customizations.miiserverConfig.modifiedAfterInstall': 'miiserver.exe.config changed after install',
  'customizations.miiserverConfig.enforceFipsPolicy': 'FIPS policy enforced (miiserver.exe.config)',
  'customizations.miiserverConfig.hasDiagnosticSourceRedirect': 'DiagnosticSource binding redirect (miiserver.exe.config)',
  'customizations.miiserverConfig.diagnosticSourceRedirectVersion': 'DiagnosticSource redirect version',
  'customizations.miiserverConfig.hasProxy': 'Proxy set in miiserver.exe.config',
  'customizations.serviceAccount': 'ADSync service account',
  'customizations.serviceAccount.startName': 'ADSync service account',
  'customizations.serviceAccount.type': 'ADSync service account kind',
}
