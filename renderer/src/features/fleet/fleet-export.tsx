/**
 * "Export fleet report…": one report of every server the filter shows, in any of the app's
 * formats, optionally with names replaced by placeholders; main builds and saves it.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { plural } from '~shared/report/report-text'
import { ExportControls } from '~renderer/components/export-controls'
import { SectionCard } from '~renderer/components/section-card'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
})

/** The export controls, covering `count` listed servers. */
export function FleetExport({ count }: { readonly count: number }) {
  const styles = useStyles()
  const exportFleet = useWizardStore((state) => state.exportFleet)
  const isExporting = useWizardStore((state) => state.isExportingFleet)
  const message = useWizardStore((state) => state.fleetMessage)
  return (
    <SectionCard title="Fleet report" dataSection="fleet-export" isScreenOnly>
      <p className={styles.note}>Covers the {plural(count, 'server')} listed, most urgent first, as of the header’s date.</p>
      <ExportControls buttonLabel="Export fleet report…" isDisabled={isExporting || count === 0} message={message} onExport={(format, redact) => void exportFleet(format, redact)} />
    </SectionCard>
  )
}
