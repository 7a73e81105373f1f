/**
 * What came of the last import: the message naming the file (or "pasted text"), the problem and
 * what to do; or which input was loaded. Everything entered before is always kept.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useWizardStore } from '~renderer/store/context'

const useStyles = makeStyles({
  status: { margin: 0, minHeight: '1.5em' },
})

/** A file from another server: a new assessment for it (the default), or add it here anyway. */
function OtherServerPrompt() {
  const other = useWizardStore((state) => state.otherServerInput)
  const resolve = useWizardStore((state) => state.resolveOtherServer)
  if (other === undefined) {
    return null
  }
  return (
    <MessageBar intent="warning" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{other.message}</MessageBarTitle>
        Added here, each of its facts would disagree with this assessment&apos;s. Nothing has been loaded yet.
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Dismiss" icon={<DismissRegular />} onClick={() => void resolve('cancel')} />}
      >
        <Button appearance="primary" onClick={() => void resolve('new')}>
          New assessment for {other.incoming}
        </Button>
        <Button onClick={() => void resolve('add')}>Add it to this one anyway</Button>
      </MessageBarActions>
    </MessageBar>
  )
}

/** The error bar, the another-server prompt, and a polite status line for the input just loaded. */
export function ImportMessages() {
  const styles = useStyles()
  const error = useWizardStore((state) => state.importError)
  const last = useWizardStore((state) => state.lastImport)
  const dismiss = useWizardStore((state) => state.dismissImportError)
  return (
    <>
      <OtherServerPrompt />
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
