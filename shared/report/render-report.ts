/**
 * One fleet input rendered in one report format, optionally redacted: what the command line's
 * `--format`/`--redact` and the app's "Export report…" both write.
 */
import { showControlCharacters } from './control-characters'
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

/** Markdown, HTML and CSV show control, bidi and zero-width characters as `[U+XXXX]`; JSON escapes them. */
function renderFleet(format: ReportFormat, fleet: FleetInput): string {
  switch (format) {
    case 'json':
      return formatJson(toContractDocument(fleet))
    case 'markdown':
      return showControlCharacters(formatMarkdown(buildFleetReport(fleet)))
    case 'html':
      return showControlCharacters(formatHtml(buildFleetReport(fleet)))
    case 'csv':
      return showControlCharacters(formatCsv(buildFleetReport(fleet)))
  }
}
