/**
 * `prereq/os`: Windows Server 2016 (build 14393) or later with the full GUI; Windows Server 2025 is
 * contested between revisions of the prerequisites article (facts §2.7, §4.1, §12.7, §12.8).
 */
import { namedAtOrBelow } from '../named-value'
import type { NamedValue } from '../pack/thresholds'
import { SOURCE_PREREQUISITES, SOURCE_V2 } from '../sources'
import type { Outcome, Rule } from '../types'

const CONTESTED =
  'The sources contradict each other: the prerequisites article of 29 Sep 2025 says Windows Server 2025 is not ' +
  'supported (known sync problem; install KB5070773 or later), while its newest revision recommends it. The first ' +
  'Connect build that supports it is not documented.'

/** The friendly name of the newest named build at or below `build` (`Windows Server 2019`). */
export function osName(build: number, builds: readonly NamedValue[]): string {
  const named = namedAtOrBelow(build, builds)
  if (named === undefined) {
    return `Windows build ${build}`
  }
  return named.value === build ? named.name : `Windows build ${build} (${named.name} or later)`
}

/** The rule. */
export const os: Rule = {
  id: 'prereq/os',
  step: 'prerequisites',
  title: 'Supported Windows Server',
  severity: 'blocker',
  confidence: 'documented',
  why:
    'Connect Sync V2 ships SQL Server 2019 LocalDB, which needs Windows Server 2016 or later; it cannot be ' +
    'installed on 2012 R2 or older, nor on Server Core (the wizard needs the full GUI). An in-place OS upgrade of a ' +
    'Connect server is not supported: move to a new server instead (swing migration).',
  sources: [SOURCE_PREREQUISITES, SOURCE_V2],
  facts: ['server.os.build', 'server.os.installationType', 'server.os.caption'],
  messages: {
    pass: '{osName} with the full GUI is supported.',
    'fail-old': '{osName} is older than Windows Server 2016 (build {minimumBuild}): Connect Sync V2 cannot run on it.',
    'fail-core': 'Server Core is not supported: Connect Sync needs Windows Server with the full GUI.',
    'warn-contested': '{osName}: the sources contradict each other on whether Connect Sync supports it.',
    unknown: 'The Windows build or installation type (Server or Server Core) is not known.',
  },
  remediation: {
    'fail-old': [{ text: 'Build a new Windows Server 2022 (or 2019) server and move Connect there (swing migration); an in-place OS upgrade is not supported.' }],
    'fail-core': [{ text: 'Build a new Windows Server with the Desktop Experience and move Connect there (swing migration).' }],
    'warn-contested': [
      { text: 'Install the latest cumulative update (KB5070773 or later) and reboot, and run the newest Connect build.' },
      { text: 'If in doubt, run Connect on Windows Server 2022, which every source supports.' },
    ],
    unknown: [{ text: 'Read the build and installation type.', powershell: 'Get-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" | Select-Object ProductName, CurrentBuild, InstallationType' }],
  },
  check: ({ details, pack }): Outcome => {
    const { minimumBuild, contestedFromBuild, builds } = pack.thresholds.os
    const build = details.server?.os?.build ?? undefined
    const installationType = details.server?.os?.installationType ?? undefined
    const data = { build: build ?? null, installationType: installationType ?? null, minimumBuild }
    if (build !== undefined && build < minimumBuild) {
      return { status: 'fail', messageId: 'fail-old', data: { ...data, osName: osName(build, builds) } }
    }
    if (installationType === 'Server Core') {
      return { status: 'fail', messageId: 'fail-core', data }
    }
    if (build === undefined || installationType === undefined) {
      return { status: 'unknown', messageId: 'unknown', data }
    }
    const named = { ...data, osName: osName(build, builds) }
    if (build >= contestedFromBuild) {
      return { status: 'warn', messageId: 'warn-contested', data: named, confidence: 'uncertain', caveat: CONTESTED }
    }
    return { status: 'pass', messageId: 'pass', data: named }
  },
}
