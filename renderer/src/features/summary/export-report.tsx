/**
 * "Export report…" on the Summary step: the format, whether names are redacted, and the outcome.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { ExportControls } from '~renderer/components/export-controls'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  section: { display: 'grid', rowGap: tokens.spacingVerticalS, justifyItems: 'start' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
})

/** The export controls. */
export function ExportReport() {
  const styles = useStyles()
  const exportReport = useWizardStore((state) => state.exportReport)
  const isExporting = useWizardStore((state) => state.isExportingReport)
  const message = useWizardStore((state) => state.reportMessage)
  return (
    <section className={styles.section} aria-label="Export the report" data-print="hide">
      <h3 className={styles.heading}>Report</h3>
      <ExportControls buttonLabel="Export report…" isDisabled={isExporting} message={message} onExport={(format, redact) => void exportReport(format, redact)} />
    </section>
  )
}
