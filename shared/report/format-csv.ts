/**
 * `--format csv`: one row per server and rule, for spreadsheets. RFC 4180 (CRLF, quotes doubled,
 * fields with a comma, quote or line break quoted), and no cell a spreadsheet would run as a
 * formula: one starting with = + - @ (or a tab or carriage return) gets a leading apostrophe.
 */
import type { FleetReport } from './fleet-report'
import { evidenceSummary, sourcesSummary } from './report-text'

/** The columns, in order. */
export const CSV_COLUMNS = ['server', 'source', 'verdict', 'ruleId', 'step', 'status', 'title', 'message', 'evidence', 'sources'] as const

// https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: neutralised as a formula, then quoted where RFC 4180 needs it. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** The whole report as CSV: a header row, then the findings of each server in urgency order. */
export function formatCsv(report: FleetReport): string {
  const rows = report.servers.flatMap((server) =>
    server.steps.flatMap((step) =>
      step.findings.map((finding) => [
        server.title,
        server.source,
        server.verdict,
        finding.ruleId,
        finding.step,
        finding.status,
        finding.title,
        finding.message,
        evidenceSummary(finding),
        sourcesSummary(finding),
      ]),
    ),
  )
  return [CSV_COLUMNS, ...rows].map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('')
}
