/**
 * "Collect from this server" for real: the collector runner starts PowerShell 7 (pwsh) on the real
 * script, with the fake ADSync module of tests/build/collector/ on PSModulePath, and the written
 * file goes on to findings. On Linux the registry, CIM and AzureADConnect.exe are not there, so
 * those facts come back unknown with a note each, as on a server that refuses them.
 *
 * Without pwsh this fails under CI=true and is skipped (with the install hint) elsewhere.
 */
import { spawn } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'
import { runCollectorProcess } from '~electron/main/services/collector-runner'
import { readInputBytes } from '~electron/node/read-input-bytes'
import { importInput } from '~shared/intake/import-input'
import { withPrivateTempFolder } from '~electron/main/services/private-temp-folder'
import { assessServer } from '~shared/assess'
import { findPwsh, isCi, POWERSHELL_INSTALL_HINT } from '~tests/support/powershell'

const SCRIPT = fileURLToPath(new URL('../../../../build/collector/Collect-EntraConnectDetails.ps1', import.meta.url))
const FAKE_MODULES = fileURLToPath(new URL('../../../build/collector/fake-modules', import.meta.url))
const pwsh = findPwsh()

if (pwsh === undefined && !isCi()) {
  console.warn(`SKIPPED collector-runner.live.test.ts: pwsh not found.\n${POWERSHELL_INSTALL_HINT}`)
}

describe.skipIf(pwsh === undefined && !isCi())('the collector runner with PowerShell 7 and the real script', () => {
  it('goes from Collect to findings', { timeout: 60_000 }, async () => {
    expect(pwsh, POWERSHELL_INSTALL_HINT).toBeDefined()
    const lines: string[] = []
    const env = {
      ...process.env,
      PSModulePath: [FAKE_MODULES, process.env.PSModulePath ?? ''].join(delimiter),
      FAKE_ADSYNC_FIXTURE: 'healthy',
      COMPUTERNAME: 'AADC01',
    }
    const result = await withPrivateTempFolder(async (folder) => {
      const outFile = join(folder, 'collector-output.json')
      const run = await runCollectorProcess({
        platform: process.platform,
        powershellPath: pwsh ?? '',
        env,
        scriptPath: SCRIPT,
        outFile,
        workingDirectory: folder,
        spawn,
        timeoutMs: 50_000,
        onOutput: (line) => lines.push(line),
      })
      if (!run.ok) {
        return run.error.message
      }
      const read = await readInputBytes(outFile)
      return read.ok ? importInput(read.value) : read.error.message
    })
    expect(typeof result === 'string' ? result : result.ok ? 'ok' : result.message).toBe('ok')
    if (typeof result === 'string' || !result.ok) {
      return
    }
    expect(lines).toEqual([expect.stringMatching(/^Wrote .*collector-output\.json$/)])
    expect(result.encoding).toBe('utf-8')
    const details = result.details
    expect(details).toBeDefined()
    if (details === undefined) {
      return
    }
    expect(details.server?.name).toBe('AADC01')
    expect(details.connect).toMatchObject({
      serverConfigurationVersion: '2.6.92.0',
      signInMethod: 'PasswordHashSync',
      syncCycleEnabled: true,
      stagingModeEnabled: false,
      schedulerSuspended: false,
      autoUpgrade: { state: 'Enabled' },
      connectorIdentityType: 'Application',
      customSyncRuleCount: 1,
      forestCount: 1,
    })
    expect(details.powershell?.edition).toBe('Core')
    const notes = (details.collectorNotes ?? []) as readonly { readonly field: string }[]
    const noted = notes.map((note) => note.field)
    expect(noted).toEqual(expect.arrayContaining(['connect.version', 'dotnet.release', 'server.domainJoined']))

    const findings = Object.fromEntries(assessServer(details, '2026-12-07', BUILT_IN_PACK).findings.map((finding) => [finding.ruleId, finding.status]))
    expect(findings['staging/scheduler']).toBe('pass')
    expect(findings['autoupgrade/state']).not.toBe('unknown')
    expect(findings['version/sync-stop-2026']).toBe('unknown')
  })
})
