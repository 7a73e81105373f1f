/**
 * "Export report…" on the Summary step: the format, whether names are redacted, and the outcome.
 */
import { Button, Checkbox, Label, makeStyles, Select, tokens, useId } from '@fluentui/react-components'
import { DocumentArrowRight20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { APP_EXPORT_FORMATS, APP_EXPORT_LABELS, type AppExportFormat } from '../../../../shared/report/report-formats'
import { useWizardStore } from '../../store/context'

const useStyles = makeStyles({
  section: { display: 'grid', rowGap: tokens.spacingVerticalS, justifyItems: 'start' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  success: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/** The export controls. */
export function ExportReport() {
  const styles = useStyles()
  const selectId = useId('report-format')
  const [format, setFormat] = useState<AppExportFormat>('html')
  const [redact, setRedact] = useState(false)
  const exportReport = useWizardStore((state) => state.exportReport)
  const isExporting = useWizardStore((state) => state.isExportingReport)
  const message = useWizardStore((state) => state.reportMessage)
  return (
    <section className={styles.section} aria-label="Export the report">
      <h3 className={styles.heading}>Report</h3>
      <div className={styles.row}>
        <Label htmlFor={selectId}>Format</Label>
        <Select id={selectId} value={format} onChange={(_event, data) => setFormat(data.value as AppExportFormat)}>
          {APP_EXPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {APP_EXPORT_LABELS[value]}
            </option>
          ))}
        </Select>
        <Checkbox checked={redact} onChange={(_event, data) => setRedact(data.checked === true)} label="Replace names with placeholders" />
        <Button appearance="primary" icon={<DocumentArrowRight20Regular />} disabled={isExporting} onClick={() => void exportReport(format, redact)}>
          Export report…
        </Button>
      </div>
      <span role="status" className={message?.intent === 'error' ? styles.error : styles.success}>
        {message?.text ?? ''}
      </span>
    </section>
  )
}
