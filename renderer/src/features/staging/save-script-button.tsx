/**
 * "Save…" for a script: main shows its save dialog with the suggested name and writes the file;
 * the outcome is announced beside the button.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { Save20Regular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useWizardStore } from '~renderer/store/context'
import type { SaveTextOutcome } from '~renderer/store/links-slice'

const useStyles = makeStyles({
  row: { display: 'grid', justifyItems: 'start', rowGap: tokens.spacingVerticalXS, maxWidth: '16rem' },
  success: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
})

/** Props of {@link SaveScriptButton}. */
export interface SaveScriptButtonProps {
  readonly text: string
  readonly suggestedName: string
  /** What is saved, for the accessible name ("the staging workaround script"). */
  readonly what: string
}

/** The Save… button and its outcome. */
export function SaveScriptButton({ text, suggestedName, what }: SaveScriptButtonProps) {
  const styles = useStyles()
  const saveTextFile = useWizardStore((state) => state.saveTextFile)
  const [outcome, setOutcome] = useState<SaveTextOutcome | undefined>(undefined)
  const [isSaving, setIsSaving] = useState(false)
  const save = async () => {
    setIsSaving(true)
    setOutcome(await saveTextFile(text, suggestedName))
    setIsSaving(false)
  }
  return (
    <div className={styles.row}>
      <Button icon={<Save20Regular />} disabled={isSaving} onClick={() => void save()} aria-label={`Save ${what} to a file…`}>
        Save…
      </Button>
      <span role="status" className={outcome?.intent === 'error' ? styles.error : styles.success}>
        {outcome?.text ?? ''}
      </span>
    </div>
  )
}
