/**
 * `report:export`: main builds the report from the saved assessments (never from text the renderer
 * sends) with shared/report, asks where in its save dialog, and writes it atomically. A PDF is the
 * HTML report, printed by Chromium in main (`deps.printToPdf`).
 */
import type { Assessment } from '~shared/assessments/assessment'
import { fail, ok } from '~shared/ipc/result'
import { validateInstallDetails } from '~shared/import/merge-inputs'
import { fleetInputFromAssessments } from '~shared/report/from-assessment'
import { RedactionIncompleteError } from '~shared/report/redact'
import { renderReport } from '~shared/report/render-report'
import { BUILT_IN_SOURCE, rulePackSummary } from '~shared/rules/pack/pack-summary'
import { APP_EXPORT_EXTENSIONS, type AppExportFormat } from '~shared/report/report-formats'
import type { Handler } from '../guard'
import type { MainDeps } from '../types'
import { fromStore } from './assessments'
import { saveFile } from './files'

/** The save dialog's name for each format's file type. */
const FORMAT_NAMES: Readonly<Record<AppExportFormat, string>> = { html: 'HTML page', pdf: 'PDF document', markdown: 'Markdown', csv: 'CSV', json: 'JSON' }

/** The longest printer message passed on (the IPC error message is bounded). */
const MAX_REASON_CHARS = 500

/** The file name a report is offered under: the one assessment's server (or "fleet"), the date, and the format's extension. */
export function reportFileName(assessments: readonly Assessment[], asOf: string, format: AppExportFormat, isRedacted: boolean): string {
  const only = assessments.length === 1 ? assessments[0] : undefined
  const subject = isRedacted || only === undefined ? 'fleet' : (only.serverName.trim() || only.name).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'server'
  return `readiness-${subject}-${asOf}.${APP_EXPORT_EXTENSIONS[format]}`
}

function describeError(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim() || 'no reason was given'
  return text.length > MAX_REASON_CHARS ? `${text.slice(0, MAX_REASON_CHARS)}…` : text
}

/** Prints the HTML report and writes the PDF to `target`; a printer failure writes nothing. */
async function savePdf(deps: MainDeps, target: string, html: string) {
  let bytes: Uint8Array
  try {
    bytes = await deps.printToPdf(html)
  } catch (error) {
    return fail('print-failed', `The PDF could not be made: ${describeError(error)}. Try again, or export the HTML page and print it from a browser.`)
  }
  return saveFile(target, bytes)
}

/** Builds the `report:export` handler over `deps`. */
export function createReportExportHandler(deps: MainDeps): Handler<'report:export'> {
  return async ({ ids, format, redact, asOf }) => {
    const assessments: Assessment[] = []
    for (const id of ids) {
      const loaded = await deps.assessments.load(id)
      if (!loaded.ok) {
        return fromStore(loaded)
      }
      assessments.push(loaded.value.assessment)
    }
    const date = asOf ?? assessments[0]?.asOf ?? deps.today()
    // A PDF is the HTML report printed: the same content, the same redaction.
    const { pack, origin } = await deps.rulePacks.active()
    const fleet = fleetInputFromAssessments(assessments, date, validateInstallDetails, pack)
    const rulePack = rulePackSummary(pack, date, origin.source === 'built-in' ? BUILT_IN_SOURCE : (origin.fileName ?? 'imported'), origin.signer === undefined ? null : `${origin.signer.name} (${origin.signer.fingerprint})`)
    let text: string
    try {
      text = renderReport(format === 'pdf' ? 'html' : format, { ...fleet, rulePack }, redact, pack)
    } catch (error) {
      if (error instanceof RedactionIncompleteError) {
        return fail('not-allowed', `Nothing was exported: ${error.message}. Rename the server or input files that use everyday words, or export without redaction for your own use.`)
      }
      throw error
    }
    const suggested = reportFileName(assessments, date, format, redact)
    const target = await deps.showSaveDialog(suggested, {
      title: 'Export the report',
      filters: [{ name: FORMAT_NAMES[format], extensions: [APP_EXPORT_EXTENSIONS[format]] }],
    })
    if (target === undefined) {
      return ok({ status: 'canceled' as const })
    }
    return format === 'pdf' ? savePdf(deps, target, text) : saveFile(target, text)
  }
}
