/**
 * "Export fleet report…": one report of every server the filter shows, in any of the app's
 * formats, optionally with names replaced by placeholders; main builds and saves it.
 */
import { Button, Checkbox, Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { DocumentArrowRight20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { APP_EXPORT_FORMATS, type AppExportFormat } from '../../../../shared/report/report-formats'
import { plural } from '../../../../shared/report/report-text'
import { SectionCard } from '../../components/section-card'
import { useWizardStore } from '../../store/context'

const FORMAT_LABELS: Readonly<Record<AppExportFormat, string>> = { html: 'HTML page', pdf: 'PDF', markdown: 'Markdown', csv: 'CSV', json: 'JSON (the contract)' }

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  success: { color: tokens.colorStatusSuccessForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/** The export controls, covering `count` listed servers. */
export function FleetExport({ count }: { readonly count: number }) {
  const styles = useStyles()
  const [format, setFormat] = useState<AppExportFormat>('html')
  const [redact, setRedact] = useState(false)
  const exportFleet = useWizardStore((state) => state.exportFleet)
  const isExporting = useWizardStore((state) => state.isExportingFleet)
  const message = useWizardStore((state) => state.fleetMessage)
  return (
    <SectionCard title="Fleet report" dataSection="fleet-export">
      <p className={styles.note}>Covers the {plural(count, 'server')} listed, most urgent first, as of the header’s date.</p>
      <div className={styles.row}>
        <Field label="Format">
          <Select value={format} onChange={(_event, data) => setFormat(data.value as AppExportFormat)}>
            {APP_EXPORT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {FORMAT_LABELS[value]}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox checked={redact} onChange={(_event, data) => setRedact(data.checked === true)} label="Replace names with placeholders" />
        <Button appearance="primary" icon={<DocumentArrowRight20Regular />} disabled={isExporting || count === 0} onClick={() => void exportFleet(format, redact)}>
          Export fleet report…
        </Button>
      </div>
      <span role="status" className={message?.intent === 'error' ? styles.error : styles.success}>
        {message?.text ?? ''}
      </span>
    </SectionCard>
  )
}
