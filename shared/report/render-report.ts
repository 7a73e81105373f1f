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
import { redactFleetInput } from './redact'
import type { ReportFormat } from './report-formats'
import { BUILT_IN_PACK } from '../rules/pack/built-in'
import type { RulePack } from '../rules/pack/types'

/**
 * The report of `input` in `format`; with `isRedacted`, names are replaced by placeholders first.
 * `pack` is the rule pack the servers were assessed with (the timelines read its deadlines).
 */
export function renderReport(format: ReportFormat, input: FleetInput, isRedacted: boolean, pack: RulePack = BUILT_IN_PACK): string {
  const fleet = isRedacted ? redactFleetInput(input) : input
  switch (format) {
    case 'json':
      return formatJson(toContractDocument(fleet))
    case 'markdown':
      return formatMarkdown(buildFleetReport(fleet, pack))
    case 'html':
      return formatHtml(buildFleetReport(fleet, pack))
    case 'csv':
      return formatCsv(buildFleetReport(fleet, pack))
  }
}
