/**
 * Exporting the report of the current assessment: it is saved first, then main builds the report
 * from the saved assessment (shared/report) and writes it through its save dialog.
 */
import type { StateCreator } from 'zustand'
import type { AppExportFormat } from '~shared/report/report-formats'
import type { WizardDeps, WizardState } from './types'

/** The outcome of the last export, and the export action. */
export interface ReportSlice {
  readonly reportMessage: { readonly intent: 'success' | 'error'; readonly text: string } | undefined
  readonly isExportingReport: boolean
  /** Saves the current assessment, then asks main to export its report in `format`. */
  readonly exportReport: (format: AppExportFormat, redact: boolean) => Promise<void>
}

/** Builds the report slice over the app's API. */
export function createReportSlice(deps: WizardDeps): StateCreator<WizardState, [], [], ReportSlice> {
  return (set, get) => ({
    reportMessage: undefined,
    isExportingReport: false,
    exportReport: async (format, redact) => {
      set({ isExportingReport: true, reportMessage: undefined })
      try {
        await get().saveNow()
        const { assessment, saveStatus, asOf, practiceId } = get()
        if (assessment.id === undefined || saveStatus.kind === 'failed') {
          const reason =
            practiceId !== undefined
              ? 'a practice walk is not saved, and reports are made from saved assessments'
              : saveStatus.kind === 'failed'
                ? `the assessment is not saved (${saveStatus.reason})`
                : 'there is nothing to report yet; enter the server’s details first'
          set({ reportMessage: { intent: 'error', text: `The report was not exported: ${reason}.` } })
          return
        }
        const result = await deps.api.report.export({ ids: [assessment.id], format, redact, ...(asOf === undefined ? {} : { asOf }) })
        if (!result.ok) {
          set({ reportMessage: { intent: 'error', text: result.error.message } })
        } else if (result.value.status === 'saved') {
          set({ reportMessage: { intent: 'success', text: `Report saved as ${result.value.fileName}.` } })
        }
      } catch (error) {
        set({ reportMessage: { intent: 'error', text: `The report was not exported: ${error instanceof Error ? error.message : String(error)}` } })
      } finally {
        set({ isExportingReport: false })
      }
    },
  })
}
