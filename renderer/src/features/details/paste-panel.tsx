/**
 * Pasting a command's output (or a whole install-details JSON) into a text box; the format is
 * detected, and problems name "pasted text".
 */
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components'
import { ClipboardPaste20Regular } from '@fluentui/react-icons'
import { useEffect, useState } from 'react'
import { loadChecks } from '~renderer/store/checks'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  panel: { display: 'grid', rowGap: tokens.spacingVerticalS, justifyItems: 'start' },
  box: { width: '100%' },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
})

/** The paste box and its Load button; the box empties once its text is loaded. */
export function PastePanel() {
  const styles = useStyles()
  const [text, setText] = useState('')
  const pasteText = useWizardStore((state) => state.pasteText)
  // The readers the text goes through, ready before the text is (a failure is reported on Load).
  useEffect(() => void loadChecks().catch(() => undefined), [])
  const load = () => {
    if (pasteText(text)) {
      setText('')
    }
  }
  return (
    <div className={styles.panel}>
      <Field
        className={styles.box}
        label="Command output or install-details JSON"
        hint="For example what Get-ADSyncScheduler or $PSVersionTable printed on the server."
      >
        <Textarea
          value={text}
          rows={6}
          resize="vertical"
          spellCheck={false}
          textarea={{ className: styles.text }}
          onChange={(_event, data) => setText(data.value)}
        />
      </Field>
      <Button icon={<ClipboardPaste20Regular />} onClick={load}>
        Load pasted text
      </Button>
    </div>
  )
}
