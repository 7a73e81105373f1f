/**
 * `prereq/dotnet`: .NET Framework 4.7.2 (Release 461808) or later (Microsoft's
 * prerequisites article: https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites).
 */
import { namedAtOrBelow } from '../named-value'
import type { NamedValue } from '../pack/thresholds'
import { SOURCE_DOTNET, SOURCE_PREREQUISITES, SOURCE_VERSION_HISTORY } from '../sources'
import type { Outcome, Rule } from '../types'

/** The name of the newest .NET Framework version whose minimum `Release` is at or below `release`. */
export function dotnetName(release: number, releases: readonly NamedValue[]): string {
  const named = namedAtOrBelow(release, releases)
  return named === undefined ? `.NET Framework older than 4.6.2 (Release ${release})` : named.name
}

/** The rule. */
export const dotnet: Rule = {
  id: 'prereq/dotnet',
  step: 'prerequisites',
  title: '{minimumName} or later',
  severity: 'blocker',
  confidence: 'derived',
  caveat:
    'The prerequisites article still says .NET Framework 4.6.2, but the version history raised the product minimum ' +
    'with the first 2.4 build, and the mandatory-upgrade notices say the same: {minimumName} is used.',
  why:
    'Current Connect Sync builds need the {minimumName} runtime or later, so the upgrade installer refuses an ' +
    'older .NET.',
  sources: [SOURCE_VERSION_HISTORY, SOURCE_DOTNET, SOURCE_PREREQUISITES],
  facts: ['dotnet.release'],
  packData: (pack) => ({ minimumName: pack.thresholds.dotnet.minimumName, minimumRelease: pack.thresholds.dotnet.minimumRelease }),
  messages: {
    pass: '{dotnetName} (Release {release}) meets the {minimumName} minimum.',
    fail: '{dotnetName} (Release {release}) is below {minimumName} (Release {minimumRelease}).',
    unknown: 'The installed .NET Framework release is not known.',
  },
  headlines: {
    fail: '{dotnetName} is too old: {minimumName} needed',
    unknown: '.NET Framework version not known',
  },
  remediation: {
    fail: [{ text: 'Install .NET Framework 4.8 (or 4.8.1) and restart the server before upgrading Connect.' }],
    unknown: [
      {
        text: 'Read the .NET Framework Release value.',
        powershell: "(Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full').Release",
      },
    ],
  },
  check: ({ details, pack }): Outcome => {
    const release = details.dotnet?.release ?? undefined
    if (release === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const { minimumRelease, minimumName, releases } = pack.thresholds.dotnet
    const data = { release, minimumRelease, minimumName, dotnetName: dotnetName(release, releases) }
    return release < minimumRelease
      ? { status: 'fail', messageId: 'fail', data }
      : { status: 'pass', messageId: 'pass', data }
  },
}
