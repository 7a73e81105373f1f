/**
 * `prereq/os`: Windows Server 2016 (build 14393) or later with the full GUI. The newest
 * prerequisites recommend Windows Server 2025 or 2022; builds with update advice in the pack
 * (Windows Server 2025: KB5070773 or later) pass with that advice.
 */
import { namedAtOrBelow } from '../named-value'
import type { NamedValue } from '../pack/thresholds'
import { SOURCE_PREREQUISITES, SOURCE_V2 } from '../sources'
import type { Outcome, Rule } from '../types'

const NO_FIRST_BUILD = 'No release note names the first Connect build that supports Windows Server 2025: run the newest build.'

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
    pass: '{osName} with the full GUI is {support}.',
    'fail-old': '{osName} is older than Windows Server 2016 (build {minimumBuild}): Connect Sync V2 cannot run on it.',
    'fail-core': 'Server Core is not supported: Connect Sync needs Windows Server with the full GUI.',
    'pass-update-advice': '{osName} with the full GUI is {support}; have {minimumUpdate} or a later update installed ({updateReason}).',
    unknown: 'The Windows build or installation type (Server or Server Core) is not known.',
  },
  headlines: {
    'fail-old': '{osName} is too old for Connect Sync V2',
    'fail-core': 'Server Core cannot run Connect Sync',
    unknown: 'Windows version not known',
  },
  remediation: {
    'fail-old': [{ text: 'Build a new Windows Server 2022 (or 2019) server and move Connect there (swing migration); an in-place OS upgrade is not supported.' }],
    'fail-core': [{ text: 'Build a new Windows Server with the Desktop Experience and move Connect there (swing migration).' }],
    unknown: [{ text: 'Read the build and installation type.', powershell: 'Get-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" | Select-Object ProductName, CurrentBuild, InstallationType' }],
  },
  check: ({ details, pack }): Outcome => {
    const { minimumBuild, recommendedBuilds, updateAdvice, builds } = pack.thresholds.os
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
    const support = recommendedBuilds.includes(build) ? 'supported and recommended by Microsoft' : 'supported'
    // Written out rather than spread (most servers pass here): the same keys in the same order.
    const name = osName(build, builds)
    const advice = updateAdvice.findLast((entry) => build >= entry.fromBuild)
    if (advice !== undefined) {
      const adviceData = { build, installationType, minimumBuild, osName: name, support, minimumUpdate: advice.minimumUpdate, updateReason: advice.reason }
      const remediation = [{ text: `Install the latest cumulative update (${advice.minimumUpdate} or later), reboot, and run the newest Connect build.` }]
      return { status: 'pass', messageId: 'pass-update-advice', data: adviceData, caveat: NO_FIRST_BUILD, remediation }
    }
    return { status: 'pass', messageId: 'pass', data: { build, installationType, minimumBuild, osName: name, support } }
  },
}
