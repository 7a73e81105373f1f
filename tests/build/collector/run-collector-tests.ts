/**
 * `npm run test:collector`: the collector's PowerShell suite (invoke-collector-tests.ps1: the
 * Windows PowerShell 5.1 check, then Pester) under PowerShell 7.
 *
 * Where pwsh or Pester is missing it prints how to install them, then fails under CI=true and
 * skips loudly elsewhere (exit 0, with the banner on stderr), so `npm test` on a laptop without
 * .NET still runs everything else.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { findPester, findPwsh, isCi, POWERSHELL_INSTALL_HINT } from '~tests/support/powershell'

const SUITE = fileURLToPath(new URL('./invoke-collector-tests.ps1', import.meta.url))

const pwsh = findPwsh()
const pester = findPester()
if (pwsh === undefined || pester === undefined) {
  const missing = [pwsh === undefined ? 'pwsh' : undefined, pester === undefined ? 'Pester' : undefined].filter(Boolean).join(' and ')
  if (isCi()) {
    process.stderr.write(`test:collector FAILED: ${missing} not found.\n${POWERSHELL_INSTALL_HINT}\n`)
    process.exit(1)
  }
  const rule = '!'.repeat(78)
  process.stderr.write(`${rule}\nSKIPPED: the collector's PowerShell tests did not run: ${missing} not found.\n${POWERSHELL_INSTALL_HINT}\n${rule}\n`)
  process.exit(0)
}

const run = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', SUITE, '-PesterModule', pester], { stdio: 'inherit' })
process.exit(run.status ?? 1)
