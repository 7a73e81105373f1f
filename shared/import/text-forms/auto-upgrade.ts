/**
 * `Get-ADSyncAutoUpgrade` and `Get-ADSyncAutoUpgrade -Detail` output.
 *
 * Microsoft's docs give no sample of this output: accept a bare state word, `Name : Value` lines, or a
 * two-column table, and find the suspension reason as any `Upgrade…` token or a known
 * non-UpgradeResult reason.
 */
import { readNameValues, splitLines } from './name-value-lines'
import type { Fact, TextFormResult } from './types'

const STATES = ['Enabled', 'Suspended', 'Disabled'] as const
const NON_RESULT_REASONS = ['AADHealthEndpointNotDefined', 'DirSyncInPlaceUpgradeNonLocalDb']
const REASON_TOKEN = new RegExp(`\\b(Upgrade[A-Za-z]+(?:-[A-Za-z0-9]+)*|${NON_RESULT_REASONS.join('|')})\\b`)

function asState(text: string): (typeof STATES)[number] | undefined {
  return STATES.find((state) => state.toLowerCase() === text.trim().toLowerCase())
}

/** Reads the state and, when present, the suspension reason. */
export function parseAutoUpgrade(text: string): TextFormResult {
  const facts: Fact[] = []
  const notes: string[] = []
  const lines = splitLines(text)
  const pairs = readNameValues(text)
  const statePair = pairs.find((pair) => /state$/i.test(pair.name) && asState(pair.value) !== undefined)
  const bareLine = lines.findIndex((line) => asState(line) !== undefined)
  const tableLine = lines.findIndex((line) => /^\s*(Enabled|Suspended|Disabled)\s+\S/i.test(line))
  if (statePair !== undefined) {
    facts.push({ path: 'connect.autoUpgrade.state', value: asState(statePair.value) ?? null, line: statePair.line })
  } else if (bareLine >= 0) {
    facts.push({ path: 'connect.autoUpgrade.state', value: asState(lines[bareLine] ?? '') ?? null, line: bareLine + 1 })
  } else if (tableLine >= 0) {
    const word = /^\s*(\S+)/.exec(lines[tableLine] ?? '')?.[1] ?? ''
    facts.push({ path: 'connect.autoUpgrade.state', value: asState(word) ?? null, line: tableLine + 1 })
  } else {
    notes.push('no auto-upgrade state (Enabled, Suspended or Disabled) found')
  }
  const reasonLine = lines.findIndex((line) => REASON_TOKEN.test(line))
  if (reasonLine >= 0) {
    const reason = REASON_TOKEN.exec(lines[reasonLine] ?? '')?.[1] ?? ''
    facts.push({ path: 'connect.autoUpgrade.suspensionReason', value: reason, line: reasonLine + 1 })
  } else {
    const reasonPair = pairs.find((pair) => /reason$/i.test(pair.name) && pair.value !== '')
    if (reasonPair !== undefined) {
      facts.push({ path: 'connect.autoUpgrade.suspensionReason', value: reasonPair.value.slice(0, 4096), line: reasonPair.line })
    }
  }
  return { format: 'get-adsyncautoupgrade', facts, notes }
}
