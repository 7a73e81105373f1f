/**
 * One fleet input rendered in one report format, optionally redacted: what the command line's
 * `--format`/`--redact` and the app's "Export report…" both write.
 */
import { buildFleetReport } from './fleet-report'
import { toContractDocument, type FleetInput } from './fleet-input'
import { formatCsv } from './format-csv'
import { formatHtml } from './format-html'
import { formatJson } from './format-json'
import { formatMarkdown } from './format-markdown'
import { renderRedacted } from './redact'
import type { ReportFormat } from './report-formats'

/**
 * The report of `input` in `format`; with `isRedacted`, names are replaced by placeholders first,
 * and output that would still show one is refused (a `RedactionIncompleteError`).
 */
export function renderReport(format: ReportFormat, input: FleetInput, isRedacted: boolean): string {
  return isRedacted ? renderRedacted(input, (fleet) => renderFleet(format, fleet)) : renderFleet(format, input)
}

function renderFleet(format: ReportFormat, fleet: FleetInput): string {
  switch (format) {
    case 'json':
      return formatJson(toContractDocument(fleet))
    case 'markdown':
      return formatMarkdown(buildFleetReport(fleet))
    case 'html':
      return formatHtml(buildFleetReport(fleet))
    case 'csv':
      return formatCsv(buildFleetReport(fleet))
  }
}
