/**
 * Where this machine's PowerShell 7 (`pwsh`) and Pester are, for the collector's tests: both come
 * from NuGet (.ci/run installs them; README, Development, says how by hand).
 */
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'

/** The Pester version the suite runs on. */
export const PESTER_VERSION = '6.2.0'

/** How to install what is missing, as printed when it is. */
export const POWERSHELL_INSTALL_HINT = [
  'The collector tests need PowerShell 7 and Pester, both from NuGet (the .NET SDK is enough):',
  '  dotnet tool install --global PowerShell --version 7.6.10   # then put ~/.dotnet/tools on PATH',
  `  Pester ${PESTER_VERSION}: a project with <PackageDownload Include="Pester" Version="[${PESTER_VERSION}]" /> and \`dotnet restore\``,
  '  (.ci/run does both; see README, Development).',
].join('\n')

/** `pwsh` on PATH, else in `~/.dotnet/tools`; undefined when neither has it. */
export function findPwsh(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = process.platform === 'win32' ? 'pwsh.exe' : 'pwsh'
  const folders = [...(env.PATH ?? '').split(delimiter).filter((folder) => folder !== ''), join(homedir(), '.dotnet', 'tools')]
  return folders.map((folder) => join(folder, name)).find((candidate) => existsSync(candidate))
}

/** Pester's module manifest in the NuGet package folder; undefined when it is not there. */
export function findPester(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const packages = env.NUGET_PACKAGES ?? join(homedir(), '.nuget', 'packages')
  const manifest = join(packages, 'pester', PESTER_VERSION, 'tools', 'Pester.psd1')
  return existsSync(manifest) ? manifest : undefined
}

/** True under CI, where a missing PowerShell is a failure rather than a skip. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1'
}
