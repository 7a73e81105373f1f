/**
 * `$PSVersionTable` as PowerShell prints it: a `Name  Value` table with PSVersion and PSEdition.
 */
import { readNameValues } from './name-value-lines'
import type { Fact, TextFormResult } from './types'

/** Reads PSVersion and PSEdition (Windows PowerShell 5.1 prints `Desktop`; PowerShell 7 `Core`). */
export function parsePsVersionTable(text: string): TextFormResult {
  const facts: Fact[] = []
  const notes: string[] = []
  for (const pair of readNameValues(text)) {
    const name = pair.name.toLowerCase()
    if (name === 'psversion') {
      if (/^\d+(\.\d+){0,3}$/.test(pair.value)) {
        facts.push({ path: 'powershell.version', value: pair.value, line: pair.line })
      } else {
        notes.push(`line ${pair.line}: PSVersion "${pair.value.slice(0, 40)}" is not a version; left unknown`)
      }
    } else if (name === 'psedition') {
      const edition = ['Desktop', 'Core'].find((value) => value.toLowerCase() === pair.value.toLowerCase())
      if (edition === undefined) {
        notes.push(`line ${pair.line}: PSEdition "${pair.value.slice(0, 40)}" is neither Desktop nor Core; left unknown`)
      } else {
        facts.push({ path: 'powershell.edition', value: edition, line: pair.line })
      }
    }
  }
  const version = facts.find((fact) => fact.path === 'powershell.version')
  const hasEdition = facts.some((fact) => fact.path === 'powershell.edition')
  // PowerShell 6 and later are the Core edition; 5.x and older are always Windows PowerShell
  // (Desktop), which before 5.1 did not print PSEdition at all.
  if (version !== undefined && !hasEdition && Number(String(version.value).split('.')[0]) <= 5) {
    facts.push({ path: 'powershell.edition', value: 'Desktop', line: version.line })
  }
  return { format: 'psversiontable', facts, notes }
}
