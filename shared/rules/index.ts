/**
 * The registry: every rule, in display order. Each is imported explicitly (no globbing).
 */
import { autoUpgradeState } from './autoupgrade/state'
import { eligibility } from './autoupgrade/eligibility'
import { notUpgraded } from './autoupgrade/not-upgraded'
import { suspensionReason } from './autoupgrade/suspension-reason'
import { fit } from './cloudsync/fit'
import { cloudSyncTool } from './customizations/cloud-sync-tool'
import { connectorAccountAdmin } from './customizations/connector-account-admin'
import { customRulePrecedence } from './customizations/custom-rule-precedence'
import { customRuleTag } from './customizations/custom-rule-tag'
import { deletionThreshold } from './customizations/deletion-threshold'
import { disabledStandardRule } from './customizations/disabled-standard-rule'
import { exportedSettings } from './customizations/exported-settings'
import { miiserverConfig } from './customizations/miiserver-config'
import { serviceAccount } from './customizations/service-account'
import { swingSettings } from './customizations/swing-settings'
import { database } from './prereq/database'
import { domainJoined } from './prereq/domain-joined'
import { dotnet } from './prereq/dotnet'
import { os } from './prereq/os'
import { powershell } from './prereq/powershell'
import { tls12 } from './prereq/tls12'
import { msonlineWorkaround } from './staging/msonline-workaround'
import { scheduler } from './staging/scheduler'
import type { Rule } from './types'
import { appAuth2027 } from './version/app-auth-2027'
import { appAuthTask } from './version/app-auth-task'
import { endOfSupport } from './version/end-of-support'
import { hardening2025 } from './version/hardening-2025'
import { knownVulnerabilities } from './version/known-vulnerabilities'
import { partialUpgrade } from './version/partial-upgrade'
import { recommendedTarget } from './version/recommended-target'
import { syncStop2026 } from './version/sync-stop-2026'
import { v1Retired } from './version/v1-retired'

/** All rules, in the order the wizard and reports show them: version, prerequisites, autoupgrade, staging, cloudsync. */
export const ALL_RULES: readonly Rule[] = [
  v1Retired,
  hardening2025,
  syncStop2026,
  appAuth2027,
  appAuthTask,
  endOfSupport,
  knownVulnerabilities,
  partialUpgrade,
  recommendedTarget,
  os,
  domainJoined,
  dotnet,
  powershell,
  tls12,
  database,
  autoUpgradeState,
  eligibility,
  suspensionReason,
  notUpgraded,
  miiserverConfig,
  msonlineWorkaround,
  scheduler,
  customRulePrecedence,
  customRuleTag,
  disabledStandardRule,
  swingSettings,
  exportedSettings,
  deletionThreshold,
  serviceAccount,
  connectorAccountAdmin,
  fit,
  cloudSyncTool,
]
