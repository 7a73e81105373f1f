/**
 * The report formats the app exports, and their file extensions (no imports: the IPC contract
 * and the preload use these without pulling in the report modules).
 */

/** The report formats. */
export const REPORT_FORMATS = ['html', 'markdown', 'csv', 'json'] as const

/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** The file extension of each format. */
export const REPORT_EXTENSIONS: Readonly<Record<ReportFormat, string>> = { html: 'html', markdown: 'md', csv: 'csv', json: 'json' }

/** What the app exports: every report format, and PDF (the HTML report printed by Electron in main). */
export const APP_EXPORT_FORMATS = ['html', 'pdf', 'markdown', 'csv', 'json'] as const

/** A format the app exports. */
export type AppExportFormat = (typeof APP_EXPORT_FORMATS)[number]

/** The file extension of each format the app exports. */
export const APP_EXPORT_EXTENSIONS: Readonly<Record<AppExportFormat, string>> = { ...REPORT_EXTENSIONS, pdf: 'pdf' }

/** What each format the app exports is called where people choose one. */
export const APP_EXPORT_LABELS: Readonly<Record<AppExportFormat, string>> = {
  html: 'HTML page',
  pdf: 'PDF document',
  markdown: 'Markdown',
  csv: 'CSV',
  json: 'JSON (the findings, as the command line writes them)',
}
