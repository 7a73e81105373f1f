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
import { BUILT_IN_PACK } from '../rules/pack/built-in'
import type { RulePack } from '../rules/pack/types'

/**
 * The report of `input` in `format`; with `isRedacted`, names are replaced by placeholders first,
 * and output that would still show one is refused (a `RedactionIncompleteError`). `pack` is the
 * rule pack the servers were assessed with (the timelines read its deadlines).
 */
export function renderReport(format: ReportFormat, input: FleetInput, isRedacted: boolean, pack: RulePack = BUILT_IN_PACK): string {
  return isRedacted ? renderRedacted(input, (fleet) => renderFleet(format, fleet, pack)) : renderFleet(format, input, pack)
}

/** Markdown, HTML and CSV show control, bidi and zero-width characters as `[U+XXXX]`; JSON escapes them. */
function renderFleet(format: ReportFormat, fleet: FleetInput, pack: RulePack): string {
  switch (format) {
    case 'json':
      return formatJson(toContractDocument(fleet))
    case 'markdown':
      return showControlCharacters(formatMarkdown(buildFleetReport(fleet, pack)))
    case 'html':
      return showControlCharacters(formatHtml(buildFleetReport(fleet, pack)))
    case 'csv':
      return showControlCharacters(formatCsv(buildFleetReport(fleet, pack)))
  }
}
