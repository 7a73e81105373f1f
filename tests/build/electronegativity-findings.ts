/**
 * Reading Electronegativity's CSV and checking it against the reviewed allowlist.
 */

/** One finding as Electronegativity's CSV reports it. */
export interface ScanFinding {
  readonly check: string
  readonly severity: string
  readonly file: string
  readonly location: string
  readonly description: string
}

/** One reviewed finding we accept, with the reason. */
export interface AllowlistEntry {
  readonly check: string
  readonly file: string
  readonly reason: string
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let isQuoted = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') {
        isQuoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      isQuoted = true
    } else if (char === ',') {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') {
        index += 1
      }
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += char
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** The findings in Electronegativity's CSV (its header row names the columns). */
export function readFindings(csv: string): ScanFinding[] {
  const [header, ...rows] = parseCsv(csv)
  const column = (name: string) => (header ?? []).findIndex((cell) => cell.trim() === name)
  const [check, severity, file, location, description] = ['issue', 'severity', 'filename', 'location', 'description'].map(column)
  return rows
    .filter((row) => row.length > 1)
    .map((row) => ({
      check: row[check ?? 0] ?? '',
      severity: row[severity ?? 1] ?? '',
      file: (row[file ?? 3] ?? '').replace(/^\.?\//, ''),
      location: row[location ?? 4] ?? '',
      description: row[description ?? 6] ?? '',
    }))
}

/** Findings no allowlist entry accepts (same check, same file). */
export function unexpectedFindings(findings: readonly ScanFinding[], allowlist: readonly AllowlistEntry[]): ScanFinding[] {
  return findings.filter((finding) => !allowlist.some((entry) => entry.check === finding.check && entry.file === finding.file))
}

/** Allowlist entries nothing matched any more: stale, to be removed. */
export function staleEntries(findings: readonly ScanFinding[], allowlist: readonly AllowlistEntry[]): AllowlistEntry[] {
  return allowlist.filter((entry) => !findings.some((finding) => entry.check === finding.check && entry.file === finding.file))
}

/**
 * Why a CSV is not one Electronegativity wrote whole, or undefined when it is: every row has the
 * header's columns and a check id (`..._CHECK`). Electronegativity 1.x sometimes loses a piece of
 * its own output file (a row's start, seen about one run in five on a loaded machine), which would
 * otherwise read as one strange finding and hide the real ones.
 */
export function malformation(csv: string): string | undefined {
  const [header, ...rows] = parseCsv(csv).filter((row) => row.length > 1)
  if (header === undefined || header[0]?.trim() !== 'issue') {
    return 'no header row'
  }
  const bad = rows.findIndex((row) => row.length !== header.length || !/^[A-Z0-9_]+_CHECK$/.test(row[0] ?? ''))
  return bad === -1 ? undefined : `row ${bad + 2} is not a whole finding: ${JSON.stringify((rows[bad] ?? []).join(',').slice(0, 80))}`
}
