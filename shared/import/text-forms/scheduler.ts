/**
 * `Get-ADSyncScheduler` output: `Name : Value` lines (fields as Microsoft's scheduler article lists
 * them: https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler).
 */
import { parseBoolean, readListLines } from './name-value-lines'
import type { Fact, TextFormResult } from './types'

/** Scheduler properties → install-details paths (booleans). `SchedulerSuspended` is kept as an extra fact. */
const BOOLEAN_FIELDS: Readonly<Record<string, string>> = {
  synccycleenabled: 'connect.syncCycleEnabled',
  stagingmodeenabled: 'connect.stagingModeEnabled',
  schedulersuspended: 'connect.schedulerSuspended',
  maintenanceenabled: 'connect.maintenanceEnabled',
}

/** Names that only `Get-ADSyncScheduler` prints: two of them identify the format. */
export const SCHEDULER_MARKERS: readonly string[] = [
  'allowedsynccycleinterval',
  'currentlyeffectivesynccycleinterval',
  'nextsynccyclepolicytype',
  'nextsynccyclestarttimeinutc',
  'purgerunhistoryinterval',
  'synccycleenabled',
  'stagingmodeenabled',
  'schedulersuspended',
]

/** Reads the facts the rules use from scheduler output. */
export function parseScheduler(text: string): TextFormResult {
  const facts: Fact[] = []
  const notes: string[] = []
  for (const pair of readListLines(text)) {
    const path = BOOLEAN_FIELDS[pair.name.toLowerCase()]
    if (path === undefined) {
      continue
    }
    const value = parseBoolean(pair.value)
    if (value === undefined) {
      notes.push(`line ${pair.line}: ${pair.name} is "${pair.value.slice(0, 40)}", not True or False; left unknown`)
      continue
    }
    facts.push({ path, value, line: pair.line })
  }
  return { format: 'get-adsyncscheduler', facts, notes }
}
