/**
 * `customizations/miiserver-config`: a modified miiserver.exe.config breaks sync after an upgrade to
 * 2.5.190.0 or 2.6.1.0, makes automatic upgrade skip the server from 2.6.3.0, and is merged into the
 * new file from 2.6.84.0. Decided for the installed build and for the build an upgrade would bring.
 */
import { compareVersions } from '~shared/version/four-part-version'
import { SOURCE_PHS_FIPS, SOURCE_TSHOOT_CONNECTIVITY, SOURCE_VERSION_HISTORY_2026 } from '../sources'
import type { Outcome, Rule } from '../types'

const RESTART = 'Restart-Service ADSync'

/** The rule. */
export const miiserverConfig: Rule = {
  id: 'customizations/miiserver-config',
  step: 'autoupgrade',
  title: 'Modified miiserver.exe.config',
  severity: 'warning',
  confidence: 'derived',
  caveat:
    'Whether the file was modified is read from its times (written after it was created), as Windows Installer does ' +
    'for unversioned files; the DiagnosticSource redirect version comes from third-party reports only.',
  why:
    'Admins edit miiserver.exe.config for FIPS or a proxy. After an upgrade to 2.5.190.0 or 2.6.1.0 a modified file ' +
    'lacks a new assembly redirect and sync stops; from 2.6.3.0 automatic upgrade skips such servers; from 2.6.84.0 ' +
    'an upgrade merges the changes. A new server in a swing migration does not have the edits at all.',
  sources: [SOURCE_VERSION_HISTORY_2026, SOURCE_PHS_FIPS, SOURCE_TSHOOT_CONNECTIVITY],
  facts: ['customizations.miiserverConfig', 'connect.version', 'connect.autoUpgrade.state'],
  headlines: {
    broken: 'miiserver.exe.config breaks sync on {version}',
    'before-merge': 'Modified miiserver.exe.config: upgrading to {breakVersions} breaks sync',
    proxy: 'Proxy settings in miiserver.exe.config',
  },
  messages: {
    pass: 'miiserver.exe.config has not been modified since it was installed.',
    merged: 'miiserver.exe.config was modified; on {version} upgrades merge the changes. Re-apply them on a new server in a swing migration.',
    broken:
      'miiserver.exe.config was modified and, on {version}, lacks the System.Diagnostics.DiagnosticSource redirect: the sync ' +
      'service or the wizard fails to load that assembly.',
    'before-merge':
      'miiserver.exe.config was modified. Upgrading this server to {breakVersions} breaks sync;{skipText} upgrade by hand to ' +
      '{mergesFrom} or later, which merges the changes.',
    proxy: 'miiserver.exe.config holds proxy settings: they belong in machine.config.',
    unknown: 'Whether miiserver.exe.config was modified, or the installed build, is not known.',
  },
  remediation: {
    broken: [
      { text: 'Add a bindingRedirect for System.Diagnostics.DiagnosticSource (newVersion 8.0.0.0) under configuration/runtime/assemblyBinding, then restart the service; or upgrade to 2.6.84.0 or later.', powershell: RESTART },
    ],
    'before-merge': [
      { text: 'Copy the file aside, note every change (for example enforceFIPSPolicy), and upgrade by hand to the recommended build; compare the merged file after the upgrade.' },
    ],
    merged: [{ text: 'Keep a copy of the file and re-apply the same edits on a new server before it syncs.' }],
    proxy: [{ text: 'Move the proxy settings to machine.config (%windir%\\Microsoft.NET\\Framework64\\v4.0.30319\\Config), as Microsoft advises; this file is replaced or merged on upgrade.' }],
    unknown: [{ text: 'Run the collector on the sync server, or compare the file\'s Created and Modified times.', powershell: "Get-Item \"$env:ProgramFiles\\Microsoft Azure AD Sync\\Bin\\miiserver.exe.config\" | Select-Object CreationTimeUtc, LastWriteTimeUtc" }],
  },
  check: ({ details, pack }): Outcome => {
    const limits = pack.customizations.miiserverConfig
    const config = details.customizations?.miiserverConfig ?? undefined
    const version = details.connect?.version ?? undefined
    const modified = config?.modifiedAfterInstall ?? undefined
    const routes = ['in-place', 'swing']
    const base = { routes, breakVersions: limits.breakVersions.join(' or '), mergesFrom: limits.mergesFrom }
    if (config === undefined || modified === undefined || version === undefined) {
      return { status: 'unknown', messageId: 'unknown', data: base }
    }
    const data = { ...base, version, modified, enforceFipsPolicy: config.enforceFipsPolicy ?? null, hasProxy: config.hasProxy ?? null }
    if (modified && limits.breakVersions.includes(version)) {
      const redirect = config.hasDiagnosticSourceRedirect ?? undefined
      if (redirect === undefined) {
        return { status: 'unknown', messageId: 'unknown', data }
      }
      if (!redirect) {
        return { status: 'fail', messageId: 'broken', data }
      }
    }
    if (modified && compareVersions(version, limits.mergesFrom) < 0) {
      const skips = details.connect?.autoUpgrade?.state === 'Enabled'
      const skipText = skips ? ` automatic upgrade (from ${limits.autoUpgradeSkipsFrom}) skips it;` : ''
      return { status: 'warn', messageId: 'before-merge', data: { ...data, autoUpgradeSkips: skips, skipText } }
    }
    if (config.hasProxy === true) {
      return { status: 'warn', messageId: 'proxy', data }
    }
    return modified ? { status: 'pass', messageId: 'merged', data } : { status: 'pass', messageId: 'pass', data }
  },
}
