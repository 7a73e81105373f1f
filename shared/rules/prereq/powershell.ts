/**
 * `prereq/powershell`: Windows PowerShell 5.0 or later (Microsoft's prerequisites article:
 * https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-install-prerequisites).
 *
 * PowerShell 7 (edition `Core`, or any major of 6 and up) is a separate program: a reading taken
 * in it says nothing about the server's Windows PowerShell, so the answer is `unknown`, not a guess.
 */
import { SOURCE_PREREQUISITES, SOURCE_V2 } from '../sources'
import type { Outcome, Rule } from '../types'

const READ_VERSION = {
  text: 'Open Windows PowerShell (powershell.exe, not pwsh.exe) and read its version.',
  powershell: '$PSVersionTable.PSVersion',
}

/** The rule. */
export const powershell: Rule = {
  id: 'prereq/powershell',
  step: 'prerequisites',
  title: 'Windows PowerShell {minimumMajor}.0 or later',
  severity: 'blocker',
  confidence: 'documented',
  why:
    'Connect Sync V2 needs Windows PowerShell {minimumMajor}.0 or later (part of Windows Server 2016 and later): the installer ' +
    'and the ADSync cmdlets run in it. PowerShell 7 does not replace it.',
  sources: [SOURCE_V2, SOURCE_PREREQUISITES],
  facts: ['powershell.version', 'powershell.edition'],
  packData: (pack) => ({ minimumMajor: pack.thresholds.powershell.minimumMajor }),
  messages: {
    pass: 'Windows PowerShell {version} meets the {minimumMajor}.0 minimum.',
    fail: 'Windows PowerShell {version} is below {minimumMajor}.0.',
    'unknown-core': 'PowerShell {version} (Core) was read, not Windows PowerShell: its version is not known.',
    unknown: 'The Windows PowerShell version is not known.',
  },
  headlines: {
    fail: 'Windows PowerShell {version} is too old',
    'unknown-core': 'Windows PowerShell version not known',
    unknown: 'Windows PowerShell version not known',
  },
  remediation: {
    fail: [{ text: 'Install Windows Management Framework 5.1, or move Connect to Windows Server 2016 or later, which includes it.' }],
    'unknown-core': [READ_VERSION],
    unknown: [READ_VERSION],
  },
  check: ({ details, pack }): Outcome => {
    const version = details.powershell?.version ?? undefined
    if (version === undefined) {
      return { status: 'unknown', messageId: 'unknown' }
    }
    const { minimumMajor, firstCoreMajor } = pack.thresholds.powershell
    const major = Number(version.split('.')[0])
    const data = { version, major, minimumMajor }
    if (details.powershell?.edition === 'Core' || major >= firstCoreMajor) {
      return { status: 'unknown', messageId: 'unknown-core', data }
    }
    return major < minimumMajor ? { status: 'fail', messageId: 'fail', data } : { status: 'pass', messageId: 'pass', data }
  },
}
