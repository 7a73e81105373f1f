/**
 * `report:export`: main builds the report from the saved assessments (never from text the renderer
 * sends) with shared/report, asks where in its save dialog, and writes it atomically.
 */
import type { Assessment } from '../../../../shared/assessments/assessment'
import { fail, ok } from '../../../../shared/ipc/result'
import { fleetInputFromAssessments } from '../../../../shared/report/from-assessment'
import { renderReport } from '../../../../shared/report/render-report'
import { REPORT_EXTENSIONS, type ReportFormat } from '../../../../shared/report/report-formats'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'
import { fromStore } from './assessments'
import { saveTextFile } from './files'

const FORMAT_NAMES: Readonly<Record<ReportFormat, string>> = { html: 'HTML page', markdown: 'Markdown', csv: 'CSV', json: 'JSON' }

/** The file name a report is offered under: the one assessment's server (or "fleet"), the date, and the format's extension. */
export function reportFileName(assessments: readonly Assessment[], asOf: string, format: ReportFormat, isRedacted: boolean): string {
  const only = assessments.length === 1 ? assessments[0] : undefined
  const subject = isRedacted || only === undefined ? 'fleet' : (only.serverName.trim() || only.name).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'server'
  return `readiness-${subject}-${asOf}.${REPORT_EXTENSIONS[format]}`
}

/** Builds the `report:export` handler over `deps`. */
export function createReportExportHandler(deps: MainDeps): Handler<'report:export'> {
  return async ({ ids, format, redact, asOf }) => {
    if (format === 'pdf') {
      return fail('invalid-request', 'PDF export is not available in this build yet: export the HTML report and print it to PDF.')
    }
    const assessments: Assessment[] = []
    for (const id of ids) {
      const loaded = await deps.assessments.load(id)
      if (!loaded.ok) {
        return fromStore(loaded)
      }
      assessments.push(loaded.value.assessment)
    }
    const date = asOf ?? assessments[0]?.asOf ?? deps.today()
    const text = renderReport(format, fleetInputFromAssessments(assessments, date), redact)
    const suggested = reportFileName(assessments, date, format, redact)
    const target = await deps.showSaveDialog(suggested, {
      title: 'Export the report',
      filters: [{ name: FORMAT_NAMES[format], extensions: [REPORT_EXTENSIONS[format]] }],
    })
    return target === undefined ? ok({ status: 'canceled' as const }) : saveTextFile(target, text)
  }
}
