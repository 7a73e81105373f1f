/**
 * The controls of a report export: the format (every format the app exports), whether names are
 * replaced by placeholders, the button, and the outcome of the last export. The Summary step's
 * report and the fleet's report use them; each says what it exports and runs its own export.
 * They are never printed.
 */
import { Button, Checkbox, Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { DocumentArrowRight20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { APP_EXPORT_FORMATS, APP_EXPORT_LABELS, type AppExportFormat } from '~shared/report/report-formats'

const useStyles = makeStyles({
  // Its own box only for `data-print`: the controls lay out in the parent as before.
  root: { display: 'contents' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS },
  success: { color: tokens.colorStatusSuccessForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/** Props of {@link ExportControls}. */
export interface ExportControlsProps {
  /** The button's words ("Export report…"). */
  readonly buttonLabel: string
  readonly isDisabled: boolean
  /** The last export's outcome, shown in a status line. */
  readonly message: { readonly intent: 'success' | 'error'; readonly text: string } | undefined
  readonly onExport: (format: AppExportFormat, redact: boolean) => void
}

/** Format, redaction, the button and the status line. */
export function ExportControls({ buttonLabel, isDisabled, message, onExport }: ExportControlsProps) {
  const styles = useStyles()
  const [format, setFormat] = useState<AppExportFormat>('html')
  const [redact, setRedact] = useState(false)
  return (
    <div className={styles.root} data-print="hide">
      <div className={styles.row}>
        <Field label="Format">
          <Select value={format} onChange={(_event, data) => setFormat(data.value as AppExportFormat)}>
            {APP_EXPORT_FORMATS.map((value) => (
              <option key={value} value={value}>
                {APP_EXPORT_LABELS[value]}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox checked={redact} onChange={(_event, data) => setRedact(data.checked === true)} label="Replace names with placeholders" />
        <Button appearance="primary" icon={<DocumentArrowRight20Regular />} disabled={isDisabled} onClick={() => onExport(format, redact)}>
          {buttonLabel}
        </Button>
      </div>
      <span role="status" className={message?.intent === 'error' ? styles.error : styles.success}>
        {message?.text ?? ''}
      </span>
    </div>
  )
}
