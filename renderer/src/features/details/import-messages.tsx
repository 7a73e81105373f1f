/**
 * What came of the last import: the message naming the file (or "pasted text"), the problem and
 * what to do; or which input was loaded. Everything entered before is always kept.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useWizardStore } from '../../store/context'

const useStyles = makeStyles({
  status: { margin: 0, minHeight: '1.5em' },
})

/** The error bar, and a polite status line for the input just loaded. */
export function ImportMessages() {
  const styles = useStyles()
  const error = useWizardStore((state) => state.importError)
  const last = useWizardStore((state) => state.lastImport)
  const dismiss = useWizardStore((state) => state.dismissImportError)
  return (
    <>
      {error === undefined ? null : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The input was not loaded</MessageBarTitle>
            {error} Everything entered before is kept.
          </MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={dismiss} />}
          />
        </MessageBar>
      )}
      <p className={styles.status} role="status">
        {last === undefined
          ? null
          : `Loaded ${last.source}${last.serverName === undefined ? '' : ` (server ${last.serverName})`}: ${last.factCount} ${last.factCount === 1 ? 'fact' : 'facts'}.`}
      </p>
    </>
  )
}
